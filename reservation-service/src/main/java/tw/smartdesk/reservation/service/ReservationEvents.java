package tw.smartdesk.reservation.service;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.CancellationReason;
import tw.smartdesk.events.reservation.PreparationRequested;
import tw.smartdesk.events.reservation.ReservationBooked;
import tw.smartdesk.events.reservation.ReservationCancelled;
import tw.smartdesk.events.reservation.ReservationCheckedIn;
import tw.smartdesk.events.reservation.ReservationCompleted;
import tw.smartdesk.events.reservation.ReservationNoShow;
import tw.smartdesk.events.reservation.ReservationRescheduled;
import tw.smartdesk.events.reservation.WaitlistOffered;
import tw.smartdesk.platform.outbox.Outbox;
import tw.smartdesk.platform.sql.WriteBatch;
import tw.smartdesk.reservation.domain.Reservation;

/**
 * The events of {@code reservation-events}, made from a reservation and recorded in the outbox of the write's
 * transaction. They carry the pseudonymous {@code applicantRef} where the contract has it, never a phone number,
 * an account or a name.
 */
final class ReservationEvents {

    /** Agent service: the documents are to be ready this long before the slot. */
    static final Duration PREPARED_AHEAD = Duration.ofMinutes(30);

    private ReservationEvents() {
    }

    static void booked(Outbox outbox, WriteBatch batch, Reservation reservation, Instant at) {
        outbox.record(batch, new ReservationBooked(UUID.randomUUID(), at, reservation.id(), reservation.applicantRef(),
                reservation.purpose(), reservation.siteId(), reservation.slotStart(), reservation.slotEnd(),
                reservation.channel(), reservation.agentService(), reservation.serviceCodes(), reservation.applicationIds()));
        if (reservation.agentService()) {
            outbox.record(batch, new PreparationRequested(UUID.randomUUID(), at, reservation.id(),
                    reservation.applicantRef(), reservation.siteId(), reservation.serviceCodes(),
                    reservation.applicationIds(), reservation.slotStart(), reservation.slotStart().minus(PREPARED_AHEAD)));
        }
    }

    static void rescheduled(Outbox outbox, WriteBatch batch, Reservation moved, Instant previousStart, ActorRole actor,
            Instant at) {
        outbox.record(batch, new ReservationRescheduled(UUID.randomUUID(), at, moved.id(), moved.siteId(), previousStart,
                moved.slotStart(), moved.slotEnd(), actor));
        if (moved.agentService()) {
            outbox.record(batch, new PreparationRequested(UUID.randomUUID(), at, moved.id(), moved.applicantRef(),
                    moved.siteId(), moved.serviceCodes(), moved.applicationIds(), moved.slotStart(),
                    moved.slotStart().minus(PREPARED_AHEAD)));
        }
    }

    static void cancelled(Outbox outbox, WriteBatch batch, Reservation reservation, CancellationReason reason,
            ActorRole actor, Instant at) {
        outbox.record(batch, new ReservationCancelled(UUID.randomUUID(), at, reservation.id(), reservation.siteId(),
                reservation.slotStart(), reason, actor));
    }

    static void checkedIn(Outbox outbox, WriteBatch batch, Reservation reservation, ActorRole actor,
            Instant at) {
        outbox.record(batch, new ReservationCheckedIn(UUID.randomUUID(), at, reservation.id(), reservation.siteId(),
                reservation.slotStart(), reservation.counterCode(), actor));
    }

    static void completed(Outbox outbox, WriteBatch batch, Reservation reservation, int minutes,
            ActorRole actor, Instant at) {
        outbox.record(batch, new ReservationCompleted(UUID.randomUUID(), at, reservation.id(), reservation.siteId(),
                reservation.counterCode(), minutes, actor));
    }

    static void noShow(Outbox outbox, WriteBatch batch, Reservation reservation, int graceMinutes, Instant at) {
        outbox.record(batch, new ReservationNoShow(UUID.randomUUID(), at, reservation.id(), reservation.applicantRef(),
                reservation.siteId(), reservation.slotStart(), graceMinutes));
    }

    static void offered(Outbox outbox, WriteBatch batch, Reservation offer, Instant at) {
        outbox.record(batch, new WaitlistOffered(UUID.randomUUID(), at, offer.id(), offer.waitlistEntryId(),
                offer.applicantRef(), offer.siteId(), offer.purpose(), offer.slotStart(), offer.slotEnd(), offer.holdUntil()));
    }
}
