package tw.smartdesk.events.locker;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A compartment cannot be used until staff repair it.
 *
 * @param applicationId the application whose document is inside, if any; absent when empty
 */
public record CompartmentOutOfService(
        UUID eventId,
        Instant occurredAt,
        UUID compartmentId,
        String siteId,
        UUID lockerId,
        String compartmentLabel,
        OutOfServiceReason reason,
        UUID applicationId) implements SmartDeskEvent {

    @Override
    public String subject() {
        return compartmentId.toString();
    }
}
