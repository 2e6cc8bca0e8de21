package tw.smartdesk.events.reservation;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A reservation moved to another slot at the same site.
 *
 * @param previousSlotStart start of the slot given up, which may be offered to the waitlist
 */
public record ReservationRescheduled(
        UUID eventId,
        Instant occurredAt,
        UUID reservationId,
        String siteId,
        Instant previousSlotStart,
        Instant slotStart,
        Instant slotEnd,
        ActorRole actorRole) implements SmartDeskEvent {

    @Override
    public String subject() {
        return reservationId.toString();
    }
}
