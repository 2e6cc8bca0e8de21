package tw.smartdesk.events.locker;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * The resident opened the compartment with the right code and took the document; the
 * compartment is free again.
 *
 * @param afterHours the pickup happened outside the site's counter opening hours
 * @param failedAttempts wrong codes entered before the right one
 */
public record DocumentPickedUp(
        UUID eventId,
        Instant occurredAt,
        UUID compartmentId,
        UUID applicationId,
        String siteId,
        boolean afterHours,
        int failedAttempts) implements SmartDeskEvent {

    @Override
    public String subject() {
        return compartmentId.toString();
    }
}
