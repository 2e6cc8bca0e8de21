package tw.smartdesk.reservation.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tw.smartdesk.events.reservation.BookingChannel;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.platform.config.RateLimitConfig;
import tw.smartdesk.platform.http.WriteRateLimiter;
import tw.smartdesk.reservation.config.ReservationRules;
import tw.smartdesk.reservation.domain.NoShowPolicy;
import tw.smartdesk.reservation.domain.Reservation;

/**
 * The rules about the person behind a booking, whatever the channel: the no-show suspension (remote channels:
 * web, app and phone; a clerk can still book a walk-in at the counter), one reservation per person per day, the
 * most upcoming reservations per person and per caller phone number, and booking attempts per hour per person
 * and per phone number (429 with Retry-After). All read committed rows before the booking's transaction; the
 * database enforces one per day again when the reservation is written.
 */
@ApplicationScoped
public class PersonChecks {

    private static final String NO_SHOWS = "select slot_start from reservation where applicant_ref = $1 and status = 'NO_SHOW' and slot_start > $2";
    private static final String LATEST_LIFT = "select max(lifted_at) as lifted_at from suspension_lift where applicant_ref = $1";
    private static final String SAME_DAY = """
            select count(*) as found from reservation where applicant_ref = $1 and slot_day = $2
            and status in ('OFFERED', 'BOOKED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW') and id <> $3
            """;
    private static final String UPCOMING_OF_PERSON = """
            select count(*) as found from reservation where applicant_ref = $1 and status in ('OFFERED', 'BOOKED') and slot_start > $2
            and id <> $3
            """;
    private static final String UPCOMING_OF_PHONE = """
            select count(*) as found from reservation where caller_phone = $1 and status in ('OFFERED', 'BOOKED') and slot_start > $2
            and id <> $3
            """;
    private static final String PER_PERSON = "person";
    private static final String PER_PHONE = "phone number";
    /** A lock for the rest of the transaction, per person or phone number (a 64-bit hash of the text). */
    private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended($1, 0))";
    /** The calendar the no-show months are counted on: the county's (every site is in it). */
    public static final ZoneId SITE_ZONE = ZoneId.of("Asia/Taipei");
    /** No reservation: nothing is left out of a count. */
    public static final UUID NONE = new UUID(0, 0);

    private final Pool pool;
    private final ReservationRules rules;
    private final WriteRateLimiter attempts;
    private final RateLimitConfig platformLimits;

    PersonChecks(Pool pool, ReservationRules rules, RateLimitConfig platformLimits) {
        this.pool = pool;
        this.rules = rules;
        this.platformLimits = platformLimits;
        this.attempts = new WriteRateLimiter(new HourlyAttempts(rules, platformLimits),
                () -> System.nanoTime() / 60); // a clock 60 times slower turns the bucket's per-minute rate into per-hour
    }

    /** The policy with this service's rules, counted on {@code zone}'s calendar. */
    public NoShowPolicy policy(ZoneId zone) {
        return new NoShowPolicy(rules.noShowLimit(), rules.noShowWindow(), rules.suspension(), zone);
    }

    /** Until when the person may not book remotely; empty when they may. */
    public Uni<Optional<Instant>> suspendedUntil(String applicantRef, ZoneId zone) {
        return noShowsCounted(applicantRef, zone).map(noShows -> policy(zone).suspendedUntil(noShows, null, Instant.now()));
    }

    /** The no-shows that count towards a suspension now: after the latest lift, within the window and the suspension. */
    public Uni<List<Instant>> noShowsCounted(String applicantRef, ZoneId zone) {
        Instant now = Instant.now();
        Instant since = now.atZone(zone).minus(rules.noShowWindow()).minus(rules.suspension()).toInstant();
        return Uni.combine().all().unis(
                        pool.preparedQuery(NO_SHOWS).execute(Tuple.of(applicantRef, Sql.at(since))),
                        pool.preparedQuery(LATEST_LIFT).execute(Tuple.of(applicantRef)))
                .with((noShows, lift) -> {
                    Instant liftedAt = Reservation.instant(lift.iterator().next().getOffsetDateTime("lifted_at"));
                    List<Instant> starts = new ArrayList<>();
                    noShows.forEach(row -> starts.add(row.getOffsetDateTime("slot_start").toInstant()));
                    return starts.stream().filter(start -> liftedAt == null || start.isAfter(liftedAt)).sorted().toList();
                });
    }

    /**
     * Every rule for a new booking (or a waitlist place) of {@code applicantRef} on {@code day}; fails with the
     * first one broken.
     */
    public Uni<Void> mayBook(String applicantRef, String callerPhone, BookingChannel channel, LocalDate day, ZoneId zone) {
        takeAttempt("person " + applicantRef);
        if (callerPhone != null) {
            takeAttempt("phone " + callerPhone);
        }
        Uni<Void> suspension = channel == BookingChannel.COUNTER ? Uni.createFrom().voidItem()
                : suspendedUntil(applicantRef, zone).invoke(until -> until.ifPresent(end -> {
                    throw suspended(end, zone);
                })).replaceWithVoid();
        return suspension.chain(() -> notOnDay(applicantRef, day, NONE)).chain(() -> upcoming(applicantRef, callerPhone));
    }

    /**
     * A waitlist offer is accepted under the rules of a booking: not while suspended (web, app and phone), and within
     * the upcoming limit (checked again in the transaction, where the offer itself no longer counts as upcoming).
     */
    public Uni<Void> mayAccept(String applicantRef, BookingChannel channel) {
        takeAttempt("person " + applicantRef);
        if (channel == BookingChannel.COUNTER) {
            return Uni.createFrom().voidItem();
        }
        return suspendedUntil(applicantRef, SITE_ZONE).invoke(until -> until.ifPresent(end -> {
            throw suspended(end, SITE_ZONE);
        })).replaceWithVoid();
    }

    private ProblemException suspended(Instant end, ZoneId zone) {
        return ProblemException.forbidden("booking-suspended", "Remote booking suspended",
                "Booking online and by phone is suspended until " + end.atZone(zone).toLocalDate() + " (" + end + "): "
                        + rules.noShowLimit() + " missed reservations within " + rules.noShowWindow()
                        + ". A clerk at the counter can lift the suspension.");
    }

    /** Refuses a second reservation of the person on {@code day} (other than {@code except}). */
    public Uni<Void> notOnDay(String applicantRef, LocalDate day, UUID except) {
        return count(SAME_DAY, applicantRef, day, except).invoke(found -> {
            if (found > 0) {
                throw ProblemException.conflict("one-reservation-per-day", "Already booked that day",
                        "One reservation per person per day: there is already one on " + day);
            }
        }).replaceWithVoid();
    }

    /** Takes one booking attempt of the person (or phone number), or refuses with 429 and Retry-After. */
    public void takeAttempt(String who) {
        if (!platformLimits.enabled()) {
            return; // the platform's switch (smartdesk.rate-limit.enabled) turns every write limit off
        }
        var wait = attempts.tryAcquire(who);
        if (wait != null) {
            var realWait = wait.multipliedBy(60); // the bucket's clock runs 60 times slower (see the constructor)
            throw ProblemException.tooManyRequests("Too many booking attempts", "At most "
                    + rules.bookingAttemptsPerHour() + " booking attempts an hour per person and per phone number;"
                    + " try again in " + Math.max(1, realWait.toSeconds()) + " s", realWait);
        }
    }

    private Uni<Void> upcoming(String applicantRef, String callerPhone) {
        Instant now = Instant.now();
        Uni<Void> perPerson = count(UPCOMING_OF_PERSON, applicantRef, Sql.at(now), NONE)
                .invoke(found -> requireBelow(found, rules.maxUpcomingPerPerson(), PER_PERSON)).replaceWithVoid();
        if (callerPhone == null) {
            return perPerson;
        }
        return perPerson.chain(() -> count(UPCOMING_OF_PHONE, callerPhone, Sql.at(now), NONE)
                .invoke(found -> requireBelow(found, rules.maxUpcomingPerPhone(), PER_PHONE))).replaceWithVoid();
    }

    /**
     * The upcoming-reservation limits again, inside the booking's transaction and under a lock per person and per
     * phone number (held to its end), so that parallel bookings of one person or number are counted one after the
     * other: without it, each of seven parallel bookings would count the committed two and all would pass.
     * {@code except}: a reservation not to count (an offer being accepted), or {@link #NONE}.
     */
    public Uni<Void> withinLimits(SqlConnection connection, String applicantRef, String callerPhone, UUID except) {
        Instant now = Instant.now();
        Uni<Void> person = Sql.run(connection, LOCK, "person " + applicantRef)
                .chain(() -> Sql.run(connection, UPCOMING_OF_PERSON, applicantRef, now, except))
                .invoke(rows -> requireBelow(rows.get(0).getLong("found"), rules.maxUpcomingPerPerson(), PER_PERSON))
                .replaceWithVoid();
        if (callerPhone == null) {
            return person;
        }
        return person.chain(() -> Sql.run(connection, LOCK, "phone " + callerPhone))
                .chain(() -> Sql.run(connection, UPCOMING_OF_PHONE, callerPhone, now, except))
                .invoke(rows -> requireBelow(rows.get(0).getLong("found"), rules.maxUpcomingPerPhone(), PER_PHONE))
                .replaceWithVoid();
    }

    private void requireBelow(long found, int limit, String per) {
        if (found >= limit) {
            throw ProblemException.ruleBroken("reservation-limit", "Too many upcoming reservations",
                    "At most " + limit + " upcoming reservations per " + per);
        }
    }

    private Uni<Long> count(String sql, Object... values) {
        return pool.preparedQuery(sql).execute(Tuple.from(values))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return row.getLong("found");
                });
    }

    /** The platform limiter's settings read per hour: the booking attempts of one person or phone number. */
    private record HourlyAttempts(ReservationRules rules, RateLimitConfig platform) implements RateLimitConfig {

        @Override
        public boolean enabled() {
            return platform.enabled();
        }

        @Override
        public int writesPerMinute() {
            return rules.bookingAttemptsPerHour();
        }

        @Override
        public int burst() {
            return rules.bookingAttemptsPerHour();
        }

        @Override
        public int maxCallers() {
            return platform.maxCallers();
        }
    }
}
