package tw.smartdesk.events.reservation;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.CancellationReason;
import tw.smartdesk.events.SmartDeskEvent;

/** A reservation was cancelled before its slot; the slot is free again. Final state. */
public record ReservationCancelled(
        UUID eventId,
        Instant occurredAt,
        UUID reservationId,
        String siteId,
        Instant slotStart,
        CancellationReason reason,
        ActorRole cancelledBy) implements SmartDeskEvent {

    @Override
    public String subject() {
        return reservationId.toString();
    }
}
