package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * The way the resident collects the document changed, typically from the Smart Desk to the
 * counter when no compartment is free ({@link PickupMethodChangeReason#LOCKER_CAPACITY_EXHAUSTED}).
 *
 * @param actorRole {@link ActorRole#SYSTEM} when application-service switched by itself
 */
public record PickupMethodChanged(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        PickupMethod from,
        PickupMethod to,
        PickupMethodChangeReason reason,
        String siteId,
        ActorRole actorRole) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
