package tw.smartdesk.events.locker;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A compartment is reserved for an application's document, waiting for the clerk's deposit.
 *
 * @param compartmentLabel label printed on the door, such as {@code A-12}
 */
public record CompartmentAssigned(
        UUID eventId,
        Instant occurredAt,
        UUID compartmentId,
        UUID applicationId,
        String siteId,
        UUID lockerId,
        String compartmentLabel,
        CompartmentSize size) implements SmartDeskEvent {

    @Override
    public String subject() {
        return compartmentId.toString();
    }
}
