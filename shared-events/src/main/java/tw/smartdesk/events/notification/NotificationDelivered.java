package tw.smartdesk.events.notification;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * The provider accepted a message for the resident (SMS gateway, SMTP server, LINE) or it was
 * placed in the in-app inbox.
 *
 * @param templateKey the message template, such as {@code pickup-code}
 * @param triggerEventId id of the event or command that caused the message
 * @param attempt 1 for the first try
 */
public record NotificationDelivered(
        UUID eventId,
        Instant occurredAt,
        UUID deliveryId,
        String applicantRef,
        String templateKey,
        DeliveryChannel channel,
        UUID triggerEventId,
        int attempt) implements SmartDeskEvent {

    @Override
    public String subject() {
        return deliveryId.toString();
    }
}
