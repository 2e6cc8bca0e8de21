package tw.smartdesk.events.notification;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * An attempt to deliver a message failed. Version 2 of {@link NotificationFailed}: the reason is a code
 * from a closed list instead of the provider's free text, which may quote an address.
 *
 * @param nextAttemptAt when the next retry is scheduled; absent when none is
 */
public record NotificationFailedV2(
        UUID eventId,
        Instant occurredAt,
        UUID deliveryId,
        String applicantRef,
        String templateKey,
        DeliveryChannel channel,
        UUID triggerEventId,
        FailureKind failureKind,
        FailureReason reason,
        int attempt,
        Instant nextAttemptAt) implements SmartDeskEvent {

    @Override
    public String subject() {
        return deliveryId.toString();
    }
}
