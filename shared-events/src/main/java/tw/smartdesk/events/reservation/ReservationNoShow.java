package tw.smartdesk.events.reservation;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * Nobody checked in by the end of the grace period after the slot start. Final state; counts
 * towards the no-show policy of the applicant.
 */
public record ReservationNoShow(
        UUID eventId,
        Instant occurredAt,
        UUID reservationId,
        String applicantRef,
        String siteId,
        Instant slotStart,
        int graceMinutes) implements SmartDeskEvent {

    @Override
    public String subject() {
        return reservationId.toString();
    }
}
