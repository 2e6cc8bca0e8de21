package tw.smartdesk.reservation.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.CancellationReason;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.platform.outbox.Outbox;
import tw.smartdesk.platform.sql.WriteBatch;
import tw.smartdesk.reservation.api.BookingRequest;
import tw.smartdesk.reservation.api.CurrentUser;
import tw.smartdesk.reservation.api.ReservationView;
import tw.smartdesk.reservation.config.ReservationRules;
import tw.smartdesk.reservation.domain.Reservation;
import tw.smartdesk.reservation.domain.ReservationStatus;
import tw.smartdesk.reservation.domain.SiteSchedule;
import tw.smartdesk.reservation.domain.Slot;
import tw.smartdesk.reservation.persons.PersonDirectory;

/**
 * The steps of a reservation after booking: reschedule (same id; the new place is taken and the old one freed in
 * one transaction), cancel, accept or decline a waitlist offer (owner or staff), check-in and completion (clerk).
 * Each locks the reservation's row, checks its status (409 naming it otherwise), records its event and, when a
 * place frees, offers it to the waitlist in the same transaction. A citizen reaches only their own reservations
 * (another's is a 404, as if it did not exist). Every step honours {@code Idempotency-Key}.
 */
@ApplicationScoped
public class ReservationSteps {

    private static final String MOVE = """
            update reservation set counter_id = $2, slot_day = $3, slot_start = $4, slot_end = $5, updated_at = now()
            where id = $1 returning """ + Reservation.COLUMNS;
    private static final String SET_STATUS = """
            update reservation set status = $2, hold_until = null,
                cancelled_at = case when $2 = 'CANCELLED' then now() else cancelled_at end,
                checked_in_at = case when $2 = 'CHECKED_IN' then now() else checked_in_at end,
                completed_at = case when $2 = 'COMPLETED' then now() else completed_at end,
                updated_at = now()
            where id = $1 returning """ + Reservation.COLUMNS;
    private static final String MARK_ENTRY = "update waitlist_entry set status = $2 where id = $1";
    private static final String ONE_A_DAY_INDEX = "reservation_one_per_person_per_day";

    private final IdempotentRequests idempotent;
    private final PersonDirectory persons;
    private final PersonChecks checks;
    private final Bookings bookings;
    private final WaitlistOffers offers;
    private final ReservationRules rules;
    private final Outbox outbox;
    private final Pool pool;
    private final FullSlots fullSlots;

    ReservationSteps(IdempotentRequests idempotent, PersonDirectory persons, PersonChecks checks,
            Bookings bookings, WaitlistOffers offers, ReservationRules rules, Outbox outbox, Pool pool, FullSlots fullSlots) {
        this.idempotent = idempotent;
        this.persons = persons;
        this.checks = checks;
        this.bookings = bookings;
        this.offers = offers;
        this.rules = rules;
        this.outbox = outbox;
        this.pool = pool;
        this.fullSlots = fullSlots;
    }

    /** One step on a locked reservation: the reservation after it; its events and offers join {@code events}. */
    @FunctionalInterface
    interface Step<C> {
        Uni<Reservation> apply(Reservation locked, C checked, SqlConnection connection, WriteBatch events);
    }

    /** What the checks before the transaction found: whose the caller is (citizens), and what the step needs. */
    record Checked<C>(String ownerRef, C found) {
    }

    public Uni<Response> reschedule(String key, CurrentUser user, UUID id, Instant slotStart) {
        return run(key, user, id, "reschedule", slotStart, owner -> committed(id).chain(current -> {
            if (owner != null && !owner.equals(current.applicantRef())) {
                throw ProblemException.notFound("Reservation", id);
            }
            BookingRequest moved = new BookingRequest(current.siteId(), slotStart, current.purpose(), current.serviceCodes(),
                    current.applicationIds(), current.agentService(), current.channel(), null);
            return bookings.scheduleAround(slotStart, current.siteId()).chain(schedule -> {
                        LocalDate day = LocalDate.ofInstant(slotStart, schedule.calendar().zone());
                        List<Slot> slots = bookings.requireSlot(schedule, moved, day);
                        checks.takeAttempt("person " + current.applicantRef());
                        return checks.notOnDay(current.applicantRef(), day, id).replaceWith(new Target(schedule, day, slots));
                    });
        }), (locked, target, connection, events) -> {
            requireStatus(locked, "reschedule", ReservationStatus.BOOKED);
            requireNotStarted(locked, "rescheduled"); // else a late resident could move away from their no-show
            if (locked.slotStart().equals(slotStart)) {
                throw ProblemException.conflict("same-slot", "Already in that slot", "The reservation is already at " + slotStart);
            }
            return Places.takeFirstFree(connection, target.slots()).chain(slot -> {
                if (slot == null) {
                    throw ProblemException.conflict("slot-full", "The slot is full", "Every place at " + slotStart
                            + " is taken; the reservation keeps its slot");
                }
                return free(connection, locked)
                        .chain(() -> Sql.run(connection, MOVE, id, slot.counterId(), target.day(), slot.start(), slot.end()))
                        .onFailure(failure -> failure.getMessage() != null && failure.getMessage().contains(ONE_A_DAY_INDEX))
                        .transform(failure -> Bookings.oneADay(target.day()))
                        .map(rows -> Reservation.of(rows.get(0)))
                        .invoke(moved -> ReservationEvents.rescheduled(outbox, events, moved, locked.slotStart(), user.role(), Instant.now()))
                        .call(moved -> offers.offerPlaceOf(connection, events, locked));
            });
        });
    }

    /** The new slot's day and counters' slots, found before the transaction. */
    private record Target(SiteSchedule schedule, LocalDate day, List<Slot> slots) {
    }

    public Uni<Response> cancel(String key, CurrentUser user, UUID id, CancellationReason asked) {
        CancellationReason reason = asked == null ? CancellationReason.APPLICANT_REQUEST : asked;
        if (user.isCitizen() && reason != CancellationReason.APPLICANT_REQUEST) {
            throw ProblemException.badRequest("A resident cancels at their own request", List.of(
                    new Problem.Violation("reason", "must be APPLICANT_REQUEST (or absent) for a citizen")));
        }
        return run(key, user, id, "cancel", reason, owner -> Uni.createFrom().nullItem(), (locked, nothing, connection, events) -> {
            if (locked.status() == ReservationStatus.OFFERED) {
                return release(connection, events, locked, ReservationStatus.OFFER_DECLINED, "DECLINED");
            }
            requireStatus(locked, "cancel", ReservationStatus.BOOKED);
            requireNotStarted(locked, "cancelled");
            return Sql.run(connection, SET_STATUS, id, ReservationStatus.CANCELLED).map(rows -> Reservation.of(rows.get(0)))
                    .invoke(cancelled -> ReservationEvents.cancelled(outbox, events, cancelled, reason, user.role(), Instant.now()))
                    .call(cancelled -> free(connection, locked))
                    .call(cancelled -> offers.offerPlaceOf(connection, events, locked));
        });
    }

    /** An offer declined or lapsed: its place goes to the next in line. No reservation event: it was never booked. */
    Uni<Reservation> release(SqlConnection connection, WriteBatch events, Reservation offer, ReservationStatus status,
            String entryStatus) {
        return Sql.run(connection, SET_STATUS, offer.id(), status).map(rows -> Reservation.of(rows.get(0)))
                .call(() -> Sql.run(connection, MARK_ENTRY, offer.waitlistEntryId(), entryStatus))
                .call(() -> free(connection, offer))
                .call(() -> offers.offerPlaceOf(connection, events, offer));
    }

    public Uni<Response> accept(String key, CurrentUser user, UUID id) {
        return run(key, user, id, "accept", null, owner -> committed(id).chain(offer -> {
            if (owner != null && !owner.equals(offer.applicantRef())) {
                throw ProblemException.notFound("Reservation", id);
            }
            return checks.mayAccept(offer.applicantRef(), offer.channel());
        }), (locked, nothing, connection, events) -> {
            requireStatus(locked, "accept", ReservationStatus.OFFERED);
            if (!locked.holdUntil().isAfter(Instant.now())) {
                throw ProblemException.conflict("offer-lapsed", "The offer has lapsed",
                        "The place was held until " + locked.holdUntil());
            }
            return checks.withinLimits(connection, locked.applicantRef(), null, locked.id())
                    .chain(() -> Sql.run(connection, SET_STATUS, id, ReservationStatus.BOOKED)).map(rows -> Reservation.of(rows.get(0)))
                    .call(() -> Sql.run(connection, MARK_ENTRY, locked.waitlistEntryId(), "ACCEPTED"))
                    .invoke(booked -> ReservationEvents.booked(outbox, events, booked, Instant.now()));
        });
    }

    public Uni<Response> checkIn(String key, CurrentUser user, UUID id) {
        return run(key, user, id, "check-in", null, owner -> Uni.createFrom().nullItem(), (locked, nothing, connection, events) -> {
            requireStatus(locked, "check in", ReservationStatus.BOOKED);
            Instant now = Instant.now();
            Instant opens = locked.slotStart().minus(rules.checkInOpensBefore());
            Instant closes = locked.slotStart().plus(rules.lateGrace());
            if (now.isBefore(opens)) {
                throw ProblemException.conflict("check-in-not-open", "Check-in is not open yet", "Check-in opens at "
                        + opens + ", " + rules.checkInOpensBefore().toMinutes() + " minutes before the slot");
            }
            if (now.isAfter(closes)) {
                throw ProblemException.conflict("too-late", "Too late to check in", "More than "
                        + rules.lateGrace().toMinutes() + " minutes late: the reservation counts as a no-show");
            }
            return Sql.run(connection, SET_STATUS, id, ReservationStatus.CHECKED_IN).map(rows -> Reservation.of(rows.get(0)))
                    .invoke(checkedIn -> ReservationEvents.checkedIn(outbox, events, checkedIn, user.role(), now));
        });
    }

    public Uni<Response> complete(String key, CurrentUser user, UUID id) {
        return run(key, user, id, "complete", null, owner -> Uni.createFrom().nullItem(), (locked, nothing, connection, events) -> {
            requireStatus(locked, "complete", ReservationStatus.CHECKED_IN);
            Instant now = Instant.now();
            int minutes = (int) Math.min(600, Duration.between(locked.checkedInAt(), now).toMinutes());
            return Sql.run(connection, SET_STATUS, id, ReservationStatus.COMPLETED).map(rows -> Reservation.of(rows.get(0)))
                    .invoke(completed -> ReservationEvents.completed(outbox, events, completed, minutes, user.role(), now));
        });
    }

    private <C> Uni<Response> run(String key, CurrentUser user, UUID id, String operation, Object body,
            Function<String, Uni<C>> check, Step<C> step) {
        boolean forStaff = user.isStaff();
        Supplier<Uni<Checked<C>>> beforeTransaction = () -> (user.isCitizen() ? persons.citizen(user)
                : Uni.createFrom().<String>nullItem())
                .chain(owner -> check.apply(owner).map(found -> new Checked<>(owner, found)));
        return idempotent.executeBatched(key, user.subject() + " POST /reservations/" + id + "/" + operation, body, 200,
                beforeTransaction, (checked, connection) -> ReservationRows.lock(connection, id).chain(locked -> {
                    if (checked.ownerRef() != null && !checked.ownerRef().equals(locked.applicantRef())) {
                        throw ProblemException.notFound("Reservation", id);
                    }
                    WriteBatch events = new WriteBatch();
                    return step.apply(locked, checked.found(), connection, events)
                            .map(after -> new IdempotentRequests.Batched<>(events, ReservationView.of(after, forStaff)));
                }));
    }

    private Uni<Reservation> committed(UUID id) {
        return pool.preparedQuery(ReservationRows.BY_ID).execute(Tuple.of(id)).map(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.notFound("Reservation", id);
            }
            return Reservation.of(rows.iterator().next());
        });
    }

    /**
     * Frees the reservation's place, and forgets that this instance saw its slot full: the next booking of it reads
     * the places again. (Before the commit, a booking may still read the slot full and remember it so for a moment.)
     */
    private Uni<Void> free(SqlConnection connection, Reservation reservation) {
        fullSlots.placeFreed(reservation.siteId(), reservation.purpose(), reservation.slotStart());
        return Places.free(connection, reservation.counterId(), reservation.slotStart());
    }

    private static void requireNotStarted(Reservation reservation, String done) {
        if (!reservation.slotStart().isAfter(Instant.now())) {
            throw ProblemException.conflict("slot-started", "The slot has started",
                    "A reservation can be " + done + " until its slot starts");
        }
    }

    private static void requireStatus(Reservation reservation, String action, ReservationStatus needed) {
        if (reservation.status() != needed) {
            throw ProblemException.conflict("reservation-state", "Not allowed in status " + reservation.status(),
                    "Only a " + needed + " reservation can " + action + "; this one is " + reservation.status());
        }
    }
}
