package tw.smartdesk.events.locker;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * Too many wrong codes (5 by default): the compartment refuses further codes and staff are alerted.
 *
 * @param applicationId the application whose document is inside
 */
public record CompartmentLockedOut(
        UUID eventId,
        Instant occurredAt,
        UUID compartmentId,
        UUID applicationId,
        String siteId,
        UUID lockerId,
        String compartmentLabel,
        int failedAttempts) implements SmartDeskEvent {

    @Override
    public String subject() {
        return compartmentId.toString();
    }
}
