package tw.smartdesk.platform.retention;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import tw.smartdesk.platform.config.RetentionConfig;
import tw.smartdesk.platform.outbox.OutboxRelay;

/**
 * Prunes the platform tables on a timer: consumed event ids ({@code processed_event}), stored
 * {@code Idempotency-Key} answers ({@code idempotent_request}) and published outbox rows, each once
 * older than its {@link RetentionConfig age}. Unpublished outbox rows are never touched.
 *
 * <p>Only the instance leading the outbox relay prunes, so several instances never compete for the same
 * rows (an instance with {@code smartdesk.outbox.relay-enabled=false} never leads, so never prunes). Each statement deletes at most {@code batch-size} rows (an indexed sub-select with a limit) and
 * commits on its own, so no pass holds locks for long or grows a large transaction; statements repeat
 * until one comes back short, and stop when the instance stops leading or shuts down.
 */
@ApplicationScoped
public class Retention {

    /**
     * The oldest rows, read from the front of {@code processed_event_processed_at} (the order keeps the planner
     * on the index however the old rows lie in the table), deleted by their physical address.
     */
    static final String PRUNE_PROCESSED_EVENTS = """
            delete from processed_event where ctid = any(array(
                select ctid from processed_event
                where processed_at < now() - make_interval(secs => $1) order by processed_at limit $2))""";
    static final String PRUNE_IDEMPOTENT_RESPONSES = """
            delete from idempotent_request where ctid = any(array(
                select ctid from idempotent_request
                where created_at < now() - make_interval(secs => $1) order by created_at limit $2))""";
    static final String PRUNE_PUBLISHED_OUTBOX_ROWS = """
            delete from outbox_event where id = any(array(
                select id from outbox_event
                where published_at is not null and published_at < now() - make_interval(secs => $1)
                order by published_at limit $2))""";

    /** Rows deleted by one pass, per table. */
    public record Pruned(long processedEvents, long idempotentResponses, long publishedOutboxRows) {

        static final Pruned NOTHING = new Pruned(0, 0, 0);

        public long total() {
            return processedEvents + idempotentResponses + publishedOutboxRows;
        }
    }

    private final Vertx vertx;
    private final Pool pool;
    private final OutboxRelay relay;
    private final RetentionConfig config;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicLong checks = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private volatile boolean running;
    private long timerId = -1;

    Retention(Vertx vertx, Pool pool, OutboxRelay relay, RetentionConfig config, MeterRegistry meters) {
        this.vertx = vertx;
        this.pool = pool;
        this.relay = relay;
        this.config = config;
        FunctionCounter.builder("smartdesk.retention.deleted", deleted, AtomicLong::get)
                .description("Rows pruned from processed_event, idempotent_request and outbox_event")
                .register(meters);
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        timerId = vertx.setPeriodic(Math.max(1, config.initialDelay().toMillis()), config.interval().toMillis(),
                id -> check());
        Log.debugf("Retention: first pass in %s, then every %s", config.initialDelay(), config.interval());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    /**
     * How many scheduled checks found no pass running and looked at leadership (pruning if this instance
     * leads); a check that finds the previous pass still running is skipped and not counted.
     */
    public long checks() {
        return checks.get();
    }

    /** Runs one pass now if this instance leads the relay; otherwise completes with nothing pruned. */
    public Uni<Pruned> pruneIfLeader() {
        BooleanSupplier leading = () -> running && relay.isLeader();
        return leading.getAsBoolean() ? pruneAll(leading) : Uni.createFrom().item(Pruned.NOTHING);
    }

    private void check() {
        if (!running || !busy.compareAndSet(false, true)) {
            return;
        }
        checks.incrementAndGet();
        pruneIfLeader().subscribe().with(
                pruned -> {
                    busy.set(false);
                    if (pruned.total() > 0) {
                        Log.infof("Retention pruned %d processed event ids, %d idempotent answers, %d published outbox rows",
                                pruned.processedEvents(), pruned.idempotentResponses(), pruned.publishedOutboxRows());
                    }
                },
                failure -> {
                    busy.set(false);
                    Log.warnf("Retention pass failed, trying again in %s: %s", config.interval(), failure.getMessage());
                });
    }

    /**
     * One pass over the three tables, whether or not this instance leads (package-private: tests use it to
     * check what a pass deletes while nobody else publishes); a new batch starts only while
     * {@code keepGoing} holds.
     */
    Uni<Pruned> pruneAll(BooleanSupplier keepGoing) {
        return prune(PRUNE_PROCESSED_EVENTS, config.processedEvents(), keepGoing, 0)
                .chain(events -> prune(PRUNE_IDEMPOTENT_RESPONSES, config.idempotentResponses(), keepGoing, 0)
                        .chain(responses -> prune(PRUNE_PUBLISHED_OUTBOX_ROWS, config.publishedOutboxRows(), keepGoing, 0)
                                .map(outboxRows -> new Pruned(events, responses, outboxRows))));
    }

    /** Deletes batch after batch, each its own statement, until one is short; completes with the rows deleted. */
    private Uni<Long> prune(String statement, Duration age, BooleanSupplier keepGoing, long deletedSoFar) {
        if (!keepGoing.getAsBoolean()) {
            return Uni.createFrom().item(deletedSoFar);
        }
        int batchSize = config.batchSize();
        return pool.preparedQuery(statement).execute(Tuple.of((double) age.toSeconds(), batchSize))
                .chain(rows -> {
                    deleted.addAndGet(rows.rowCount());
                    long total = deletedSoFar + rows.rowCount();
                    return rows.rowCount() < batchSize ? Uni.createFrom().item(total)
                            : prune(statement, age, keepGoing, total);
                });
    }
}
