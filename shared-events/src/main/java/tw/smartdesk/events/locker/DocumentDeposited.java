package tw.smartdesk.events.locker;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A clerk put the document into its compartment and the pickup clock started. The one-time code
 * is never part of this public event: it travels only in the restricted {@code SendPickupCode}.
 *
 * @param pickupDeadline after this the pickup expires
 */
public record DocumentDeposited(
        UUID eventId,
        Instant occurredAt,
        UUID compartmentId,
        UUID applicationId,
        String siteId,
        UUID lockerId,
        String compartmentLabel,
        Instant pickupDeadline,
        ActorRole actorRole) implements SmartDeskEvent {

    @Override
    public String subject() {
        return compartmentId.toString();
    }
}
