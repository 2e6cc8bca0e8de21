package tw.smartdesk.reservation.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import tw.smartdesk.platform.outbox.Outbox;
import tw.smartdesk.platform.outbox.OutboxRelay;
import tw.smartdesk.platform.sql.WriteBatch;
import tw.smartdesk.reservation.config.ReservationRules;
import tw.smartdesk.reservation.domain.Reservation;
import tw.smartdesk.reservation.domain.ReservationStatus;

/**
 * The reservation service's clock work, every {@code smartdesk.reservation.jobs-every} (30 s): a BOOKED reservation
 * nobody checked in for by the end of the grace period becomes a no-show ({@code ReservationNoShow}, counted by the
 * no-show policy); a waitlist offer not accepted in time lapses and its place goes to the next in line; callers' phone
 * numbers are erased {@code caller-phone-kept-for} after their slot. Rows are
 * claimed with {@code for update skip locked}, so instances running the jobs at once never handle a row twice.
 */
@ApplicationScoped
public class ReservationJobs {

    private static final String DUE_NO_SHOWS = """
            update reservation set status = 'NO_SHOW', updated_at = now()
            where id in (select id from reservation where status = 'BOOKED' and slot_start < $1
                         order by slot_start limit $2 for update skip locked)
            returning """ + Reservation.COLUMNS;
    private static final String DUE_OFFERS = "select " + Reservation.COLUMNS + """
             from reservation where status = 'OFFERED' and hold_until <= $1
            order by hold_until limit $2 for update skip locked
            """;

    private static final String FORGET_PHONES = """
            update reservation set caller_phone = null
            where id in (select id from reservation where caller_phone is not null and slot_end < $1 limit $2)
            """;
    private static final String FORGET_WAITLIST_PHONES = """
            update waitlist_entry set caller_phone = null
            where id in (select id from waitlist_entry where caller_phone is not null and slot_start < $1 limit $2)
            """;

    private final Pool pool;
    private final ReservationRules rules;
    private final ReservationSteps steps;
    private final Outbox outbox;
    private final OutboxRelay relay;

    ReservationJobs(Pool pool, ReservationRules rules, ReservationSteps steps, Outbox outbox,
            OutboxRelay relay) {
        this.pool = pool;
        this.rules = rules;
        this.steps = steps;
        this.outbox = outbox;
        this.relay = relay;
    }

    @Scheduled(every = "${smartdesk.reservation.jobs-every:30s}", delayed = "${smartdesk.reservation.jobs-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return markNoShows().chain(this::lapseOffers).chain(this::forgetCallerPhones)
                .onFailure().invoke(failure -> Log.warnf("Reservation jobs failed this round: %s", failure.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Marks the due no-shows (one batch); completes with how many. */
    public Uni<Integer> markNoShows() {
        Instant due = Instant.now().minus(rules.lateGrace());
        int grace = (int) rules.lateGrace().toMinutes();
        return pool.withTransaction(connection -> {
            WriteBatch events = new WriteBatch();
            return Sql.run(connection, DUE_NO_SHOWS, due, rules.jobBatchSize()).chain(rows -> {
                rows.forEach(row -> ReservationEvents.noShow(outbox, events, Reservation.of(row), grace, Instant.now()));
                return events.sendOn(connection).replaceWith(rows.size());
            });
        }).invoke(this::drainWhenAny);
    }

    /** Lapses the due waitlist offers (one batch), offering each place to the next in line; completes with how many. */
    public Uni<Integer> lapseOffers() {
        return pool.withTransaction(connection -> {
            WriteBatch events = new WriteBatch();
            return Sql.run(connection, DUE_OFFERS, Instant.now(), rules.jobBatchSize())
                    .chain(rows -> {
                        List<Reservation> due = rows.stream().map(Reservation::of).toList();
                        return Multi.createFrom().iterable(due)
                                .onItem().transformToUniAndConcatenate(offer -> steps.release(connection, events, offer,
                                        ReservationStatus.OFFER_LAPSED, "LAPSED"))
                                .collect().asList()
                                .chain(() -> events.sendOn(connection)).replaceWith(due.size());
                    });
        }).invoke(this::drainWhenAny);
    }

    /** Erases the callers' phone numbers of slots over for longer than the rules keep them (one batch of each table). */
    public Uni<Void> forgetCallerPhones() {
        Instant before = Instant.now().minus(rules.callerPhoneKeptFor());
        return pool.withTransaction(connection -> Sql.run(connection, FORGET_PHONES, before, rules.jobBatchSize())
                .chain(() -> Sql.run(connection, FORGET_WAITLIST_PHONES, before, rules.jobBatchSize())))
                .replaceWithVoid();
    }

    private void drainWhenAny(int handled) {
        if (handled > 0) {
            relay.requestDrain();
        }
    }
}
