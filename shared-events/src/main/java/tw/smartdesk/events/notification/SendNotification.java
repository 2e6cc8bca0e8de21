package tw.smartdesk.events.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * Command on the restricted {@code notification-requests} topic: send the resident the message of
 * a template, filled with the parameters (for example a clerk's supplement note). The
 * notification-service picks channels and language from the resident's contact preferences.
 *
 * @param templateKey the message template, such as {@code supplement-requested}
 * @param parameters template placeholders and their values
 * @param applicationId the application the message is about, if any
 */
public record SendNotification(
        UUID eventId,
        Instant occurredAt,
        String applicantRef,
        String templateKey,
        Map<String, String> parameters,
        UUID applicationId) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicantRef;
    }
}
