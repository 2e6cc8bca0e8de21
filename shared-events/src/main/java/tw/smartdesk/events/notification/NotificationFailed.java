package tw.smartdesk.events.notification;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * An attempt to deliver a message failed.
 *
 * @param reason provider status or short technical reason, such as {@code SMTP 550 5.1.1}; never
 *     contains the address
 * @param nextAttemptAt when the next retry is scheduled; absent when none is
 */
public record NotificationFailed(
        UUID eventId,
        Instant occurredAt,
        UUID deliveryId,
        String applicantRef,
        String templateKey,
        DeliveryChannel channel,
        UUID triggerEventId,
        FailureKind failureKind,
        String reason,
        int attempt,
        Instant nextAttemptAt) implements SmartDeskEvent {

    @Override
    public String subject() {
        return deliveryId.toString();
    }
}
