package tw.smartdesk.events.reservation;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * The counter visit is over. Final state.
 *
 * @param serviceMinutes time at the counter, from call to finish
 */
public record ReservationCompleted(
        UUID eventId,
        Instant occurredAt,
        UUID reservationId,
        String siteId,
        String counterId,
        int serviceMinutes,
        ActorRole actorRole) implements SmartDeskEvent {

    @Override
    public String subject() {
        return reservationId.toString();
    }
}
