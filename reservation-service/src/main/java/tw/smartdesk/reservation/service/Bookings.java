package tw.smartdesk.reservation.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.reservation.BookingChannel;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.platform.outbox.Outbox;
import tw.smartdesk.platform.sql.WriteBatch;
import tw.smartdesk.reservation.api.BookingRequest;
import tw.smartdesk.reservation.api.CurrentUser;
import tw.smartdesk.reservation.api.PhoneNumbers;
import tw.smartdesk.reservation.api.ReservationView;
import tw.smartdesk.reservation.api.WaitlistEntryView;
import tw.smartdesk.reservation.config.ReservationRules;
import tw.smartdesk.reservation.domain.BookingWindow;
import tw.smartdesk.reservation.domain.Reservation;
import tw.smartdesk.reservation.domain.ReservationStatus;
import tw.smartdesk.reservation.domain.SiteSchedule;
import tw.smartdesk.reservation.domain.Slot;
import tw.smartdesk.reservation.domain.WaitlistEntry;
import tw.smartdesk.reservation.persons.PersonDirectory;

/**
 * Booking a slot, and joining a full slot's waitlist. Before the transaction, on committed rows: the request's
 * shape, the site and slot (derived from the calendar), the booking window, the person (ADR 0011) and every rule
 * about them ({@link PersonChecks}). In the transaction: a place of the slot is taken ({@link Places}: the database
 * refuses to go over capacity), the reservation written (the database refuses a second one that day) and its
 * events recorded in the outbox. A repeat with the same {@code Idempotency-Key} books once.
 */
@ApplicationScoped
public class Bookings {

    private static final String JOIN_WAITLIST = """
            insert into waitlist_entry (id, site_id, purpose, slot_start, slot_day, service_codes, application_ids,
                agent_service, applicant_ref, channel, booked_by, booked_by_role, caller_phone, status)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'WAITING')
            on conflict (applicant_ref, site_id, purpose, slot_start) where status in ('WAITING', 'OFFERED') do nothing
            returning """ + WaitlistEntry.COLUMNS;

    private static final String LOCK_ENTRY = "select applicant_ref, status from waitlist_entry where id = $1 for update";
    private static final String LEAVE = "update waitlist_entry set status = 'LEFT' where id = $1 returning" + WaitlistEntry.COLUMNS;

    private final IdempotentRequests idempotent;
    private final SiteSchedules schedules;
    private final PersonDirectory persons;
    private final PersonChecks checks;
    private final ReservationRules rules;
    private final Outbox outbox;
    private final Pool pool;
    private final FullSlots fullSlots;

    Bookings(IdempotentRequests idempotent, SiteSchedules schedules, PersonDirectory persons, PersonChecks checks,
            ReservationRules rules, Outbox outbox, Pool pool, FullSlots fullSlots) {
        this.idempotent = idempotent;
        this.schedules = schedules;
        this.persons = persons;
        this.checks = checks;
        this.rules = rules;
        this.outbox = outbox;
        this.pool = pool;
        this.fullSlots = fullSlots;
    }

    /** Who a booking is for and who made it. */
    record Booker(String applicantRef, String subject, ActorRole role, BookingChannel channel, String callerPhone) {
    }

    /** What the checks found: the booker, the slot's day and the counters' slots at that start with places left. */
    record Plan(Booker booker, BookingRequest request, LocalDate day, List<Slot> candidates) {
    }

    /** 201 with the reservation. */
    public Uni<Response> book(String key, CurrentUser user, BookingRequest request) {
        return idempotent.executeBatched(key, user.subject() + " POST /reservations", request, 201,
                () -> plan(user, request, true), this::write);
    }

    /** 201 with the waitlist entry; 409 when the slot still has places (book it instead). */
    public Uni<Response> joinWaitlist(String key, CurrentUser user, BookingRequest request) {
        return idempotent.executeBatched(key, user.subject() + " POST /waitlist", request, 201,
                () -> plan(user, request, false), this::join);
    }

    /**
     * The checks before the transaction, cheapest first, so that a crowd after a slot's last place costs little: the
     * slot (a remembered calendar), a slot this instance saw full a moment ago ({@link FullSlots}), the places left
     * (one read), and only then the person (a call to application-service the first time) and their rules.
     */
    private Uni<Plan> plan(CurrentUser user, BookingRequest request, boolean wantsPlace) {
        requireCallerMatchesRole(user, request);
        List<String> services = request.distinctServices();
        return scheduleAround(request.slotStart(), request.siteId()).chain(schedule -> {
            LocalDate day = LocalDate.ofInstant(request.slotStart(), schedule.calendar().zone());
            List<Slot> slots = requireSlot(schedule, request, day);
            if (wantsPlace && fullSlots.isFull(request.siteId(), request.purpose(), request.slotStart(), services)) {
                throw slotFull(request);
            }
            return withPlaces(slots).invoke(candidates -> {
                boolean full = candidates.isEmpty();
                if (wantsPlace && full) {
                    fullSlots.markFull(request.siteId(), request.purpose(), request.slotStart(), services);
                    throw slotFull(request);
                }
                if (!wantsPlace && !full) {
                    throw ProblemException.conflict("slot-has-places", "The slot has places",
                            "Places are free at " + request.slotStart() + ": book it with POST /reservations");
                }
            }).chain(candidates -> person(user, request).chain(booker -> checks.mayBook(booker.applicantRef(),
                            booker.callerPhone(), booker.channel(), day, schedule.calendar().zone())
                    .replaceWith(new Plan(booker, request, day, candidates))));
        });
    }

    /** The site's schedule for the days around {@code slotStart}, whatever the site's time zone. */
    Uni<SiteSchedule> scheduleAround(Instant slotStart, String siteId) {
        LocalDate utcDay = LocalDate.ofInstant(slotStart, java.time.ZoneOffset.UTC);
        return schedules.of(siteId, utcDay.minusDays(1), utcDay.plusDays(1));
    }

    /** The slots at the requested start, or a 422 problem saying why there is none. */
    List<Slot> requireSlot(SiteSchedule schedule, BookingRequest request, LocalDate day) {
        var zone = schedule.calendar().zone();
        new BookingWindow(rules.minDaysAhead(), rules.maxDaysAhead()).refusal(day, Instant.now(), zone).ifPresent(why -> {
            throw ProblemException.ruleBroken("outside-booking-window", "Outside the booking window", why);
        });
        schedule.calendar().closedBecause(day).ifPresent(why -> {
            throw ProblemException.ruleBroken("site-closed", "The site is closed that day",
                    schedule.siteId() + " is closed on " + day + ": " + why);
        });
        List<Slot> slots = schedule.slotsStarting(request.slotStart(), request.purpose(), request.distinctServices());
        if (slots.isEmpty()) {
            throw ProblemException.ruleBroken("no-such-slot", "No such slot", "No counter of " + schedule.siteId()
                    + " offers a " + request.purpose() + " slot for " + request.distinctServices() + " starting at "
                    + request.slotStart() + "; GET /sites/" + schedule.siteId() + "/slots lists them");
        }
        return slots;
    }

    static ProblemException slotFull(BookingRequest request) {
        return ProblemException.conflict("slot-full", "The slot is full", "Every place at " + request.slotStart()
                + " is taken; choose another slot, or join the waitlist with POST /waitlist");
    }

    /** The counters' slots that still have places, as committed (the transaction takes one, see {@link Places}). */
    private Uni<List<Slot>> withPlaces(List<Slot> slots) {
        UUID[] counters = slots.stream().map(Slot::counterId).toArray(UUID[]::new);
        return pool.preparedQuery(Places.TAKEN).execute(Tuple.of(counters, Sql.at(slots.get(0).start()))).map(rows -> {
            Map<UUID, Integer> taken = new HashMap<>();
            for (Row row : rows) {
                taken.put(row.getUUID("counter_id"), row.getInteger("taken"));
            }
            List<Slot> open = new ArrayList<>();
            for (Slot slot : slots) {
                if (taken.getOrDefault(slot.counterId(), 0) < slot.capacity()) {
                    open.add(slot);
                }
            }
            return open;
        });
    }

    private Uni<IdempotentRequests.Batched<ReservationView>> write(Plan plan, SqlConnection connection) {
        BookingRequest request = plan.request();
        return checks.withinLimits(connection, plan.booker().applicantRef(), plan.booker().callerPhone(), PersonChecks.NONE)
                .chain(() -> Places.takeFirstFree(connection, plan.candidates())).chain(slot -> {
            if (slot == null) {
                fullSlots.markFull(request.siteId(), request.purpose(), request.slotStart(), request.distinctServices());
                throw slotFull(request);
            }
            return insert(connection, plan, slot, ReservationStatus.BOOKED, null, null);
        }).map(reservation -> {
            if (reservation == null) {
                throw oneADay(plan.day());
            }
            WriteBatch events = new WriteBatch();
            ReservationEvents.booked(outbox, events, reservation, Instant.now());
            return new IdempotentRequests.Batched<>(events, ReservationView.of(reservation, plan.booker().role() != ActorRole.CITIZEN));
        });
    }

    static ProblemException oneADay(LocalDate day) {
        return ProblemException.conflict("one-reservation-per-day", "Already booked that day",
                "One reservation per person per day: there is already one on " + day);
    }

    /** Writes the reservation; completes with null when the person already holds one that day. */
    static Uni<Reservation> insert(SqlConnection connection, Plan plan, Slot slot, ReservationStatus status,
            Instant holdUntil, UUID waitlistEntryId) {
        BookingRequest request = plan.request();
        Booker booker = plan.booker();
        return Sql.run(connection, ReservationRows.INSERT, UUID.randomUUID(), request.siteId(), slot.counterId(),
                        booker.applicantRef(), request.purpose(), request.distinctServices().toArray(String[]::new),
                        request.distinctApplications().toArray(UUID[]::new), request.agentService(), booker.channel(),
                        booker.subject(), booker.role(), booker.callerPhone(), plan.day(), slot.start(), slot.end(),
                        status, holdUntil, waitlistEntryId)
                .map(rows -> rows.isEmpty() ? null : Reservation.of(rows.get(0)));
    }

    private Uni<IdempotentRequests.Batched<WaitlistEntryView>> join(Plan plan, SqlConnection connection) {
        BookingRequest request = plan.request();
        Booker booker = plan.booker();
        return Sql.run(connection, JOIN_WAITLIST, UUID.randomUUID(), request.siteId(), request.purpose(),
                request.slotStart(), plan.day(), request.distinctServices().toArray(String[]::new),
                request.distinctApplications().toArray(UUID[]::new), request.agentService(), booker.applicantRef(),
                booker.channel(), booker.subject(), booker.role(), booker.callerPhone()).map(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.conflict("already-waiting", "Already on the waitlist",
                                "There is already a waitlist place for this slot");
                    }
                    return new IdempotentRequests.Batched<>(new WriteBatch(), WaitlistEntryView.of(WaitlistEntry.of(rows.get(0))));
                });
    }

    /** Leaves a waitlist while still waiting (the owner, or staff); 404 for another resident's entry. */
    public Uni<Response> leaveWaitlist(String key, CurrentUser user, UUID id) {
        return idempotent.executeBatched(key, user.subject() + " POST /waitlist/" + id + "/leave", null, 200,
                () -> user.isCitizen() ? persons.citizen(user) : Uni.createFrom().item(""),
                (owner, connection) -> Sql.run(connection, LOCK_ENTRY, id).chain(rows -> {
                    if (rows.isEmpty() || (!owner.isEmpty() && !owner.equals(rows.get(0).getString("applicant_ref")))) {
                        throw ProblemException.notFound("Waitlist entry", id);
                    }
                    if (!"WAITING".equals(rows.get(0).getString("status"))) {
                        throw ProblemException.conflict("waitlist-state", "Not waiting", "The entry is "
                                + rows.get(0).getString("status") + "; only a WAITING entry can be left (decline an offer"
                                + " with POST /reservations/{id}/cancel)");
                    }
                    return Sql.run(connection, LEAVE, id).map(left -> new IdempotentRequests.Batched<>(new WriteBatch(),
                            WaitlistEntryView.of(WaitlistEntry.of(left.get(0)))));
                }));
    }

    /** The person the booking is for: the citizen themself, or the caller staff identified. */
    private Uni<Booker> person(CurrentUser user, BookingRequest request) {
        BookingChannel channel = user.channel(request.channel());
        if (user.isCitizen()) {
            return persons.citizen(user)
                    .map(ref -> new Booker(ref, user.subject(), user.role(), channel, null));
        }
        String phone = PhoneNumbers.normalise(request.caller().phone());
        return persons.caller(request.caller().nationalId(), request.caller().birthDate(), user.rawToken())
                .map(ref -> new Booker(ref, user.subject(), user.role(), channel, phone));
    }

    /** A citizen books for themself only; staff name the caller (and a phone number on the phone). */
    static void requireCallerMatchesRole(CurrentUser user, BookingRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (user.isCitizen() && request.caller() != null) {
            violations.add(new Problem.Violation("caller", "a citizen books for themself: leave caller out"));
        }
        if (!user.isCitizen()) {
            if (request.caller() == null) {
                violations.add(new Problem.Violation("caller", "staff book for a caller: give their nationalId and birthDate"));
            } else if (user.channel(null) == BookingChannel.PHONE && request.caller().phone() == null) {
                violations.add(new Problem.Violation("caller.phone", "a phone booking keeps the caller's number"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations.size() + " rule(s) broken", violations);
        }
    }
}
