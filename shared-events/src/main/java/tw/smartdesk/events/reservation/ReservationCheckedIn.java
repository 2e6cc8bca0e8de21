package tw.smartdesk.events.reservation;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * The resident arrived for a reserved slot; {@code occurredAt} is the arrival.
 *
 * @param counterId counter the resident is called to; may be absent until assigned
 * @param actorRole a clerk, the kiosk or the resident (self check-in)
 */
public record ReservationCheckedIn(
        UUID eventId,
        Instant occurredAt,
        UUID reservationId,
        String siteId,
        Instant slotStart,
        String counterId,
        ActorRole actorRole) implements SmartDeskEvent {

    @Override
    public String subject() {
        return reservationId.toString();
    }
}
