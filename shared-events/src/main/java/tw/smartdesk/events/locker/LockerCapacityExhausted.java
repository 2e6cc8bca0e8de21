package tw.smartdesk.events.locker;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * No free compartment of {@code size} (or larger) at the site; application-service switches the
 * pickup to the counter.
 *
 * <p>Key exception: no compartment exists, so the subject and Kafka key of this event on
 * {@code locker-events} is the {@code applicationId} string, not a compartment id. Consumers
 * must not assume every key on the topic names a compartment.
 */
public record LockerCapacityExhausted(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String siteId,
        CompartmentSize size) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
