package tw.smartdesk.events.reservation;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A freed slot is held for the next resident on the waitlist. If they confirm before
 * {@code holdUntil} the held reservation is booked under the same {@code reservationId};
 * otherwise the slot goes to the next in line.
 *
 * @param reservationId the held reservation the offer becomes when accepted
 * @param waitlistEntryId the waitlist entry the offer answers
 */
public record WaitlistOffered(
        UUID eventId,
        Instant occurredAt,
        UUID reservationId,
        UUID waitlistEntryId,
        String applicantRef,
        String siteId,
        ReservationPurpose purpose,
        Instant slotStart,
        Instant slotEnd,
        Instant holdUntil) implements SmartDeskEvent {

    @Override
    public String subject() {
        return reservationId.toString();
    }
}
