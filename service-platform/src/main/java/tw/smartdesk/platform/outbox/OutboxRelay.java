package tw.smartdesk.platform.outbox;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import tw.smartdesk.events.Classification;
import tw.smartdesk.events.Topic;
import tw.smartdesk.platform.config.OutboxConfig;

/**
 * Publishes committed outbox rows to Kafka in id order per key, at least once, and marks them published.
 *
 * <p>Woken by {@code LISTEN outbox_event} (a trigger notifies on every insert, delivered on commit)
 * with a slow fallback poll, so an idle relay does next to nothing. Only the instance holding the
 * database's advisory lock publishes ({@link RelayLeadership}), which keeps order per key with
 * several instances. A failed send leaves the row unpublished; the round is retried after a pause,
 * so with the broker down rows simply wait.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String NOTIFY_CHANNEL = "outbox_event";
    private static final String SELECT_PENDING =
            "select " + PendingEvent.COLUMNS + " from outbox_event where published_at is null order by id limit $1";
    private static final String MARK_PUBLISHED =
            "update outbox_event set published_at = now() where id = any($1) and not (topic = any($2))";
    /** Rows for restricted topics may hold contact details or codes: gone as soon as Kafka has them. */
    private static final String DELETE_RESTRICTED = "delete from outbox_event where id = any($1) and topic = any($2)";
    private static final String[] RESTRICTED_TOPICS = Arrays.stream(Topic.values())
            .filter(topic -> topic.classification() == Classification.RESTRICTED)
            .map(Topic::topicName)
            .toArray(String[]::new);
    private static final String DELETE_OLD =
            "delete from outbox_event where published_at < now() - make_interval(secs => $1)";

    private final Vertx vertx;
    private final Pool pool;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final DedicatedConnections connections;
    private final RelayLeadership leadership;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean drainAgain = new AtomicBoolean();
    private final AtomicLong rounds = new AtomicLong();
    private volatile boolean running;
    private PgSubscriber subscriber;

    OutboxRelay(Vertx vertx, Pool pool, OutboxPublisher publisher, OutboxConfig config, DedicatedConnections connections,
            MeterRegistry meters) {
        this.vertx = vertx;
        this.pool = pool;
        this.publisher = publisher;
        this.config = config;
        this.connections = connections;
        this.leadership = new RelayLeadership(connections, this::scheduleLeadershipAttempt);
        FunctionCounter.builder("smartdesk.outbox.rounds", rounds, AtomicLong::get)
                .description("Queries for unpublished outbox rows; an idle relay adds one per fallback poll")
                .register(meters);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            Log.info("Outbox relay disabled (smartdesk.outbox.relay-enabled=false)");
            return;
        }
        running = true;
        subscriber = connections.subscriber().reconnectPolicy(attempts -> 500L);
        subscriber.channel(NOTIFY_CHANNEL)
                .handler(payload -> requestDrain())
                .subscribeHandler(this::requestDrain);
        listen();
        vertx.setPeriodic(config.fallbackPoll().toMillis(), id -> requestDrain());
        vertx.setPeriodic(Math.max(60_000L, config.retention().toMillis() / 24), id -> deletePublished());
        attemptLeadership();
    }

    /** Connects the LISTEN connection, retrying until it succeeds (its reconnect policy covers only later losses). */
    private void listen() {
        subscriber.connect().subscribe().with(ok -> { }, failure -> {
            Log.warnf("Outbox LISTEN failed, retrying in %s: %s", config.leaderRetry(), failure.getMessage());
            if (running) {
                vertx.setTimer(config.leaderRetry().toMillis(), id -> listen());
            }
        });
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (subscriber != null) {
            subscriber.close().await().indefinitely();
        }
        leadership.release().await().indefinitely();
    }

    /** Whether this instance currently publishes (holds the lock). */
    public boolean isLeader() {
        return leadership.isLeader();
    }

    /** How many rounds (queries for unpublished rows) this instance has run; also {@code smartdesk.outbox.rounds}. */
    public long rounds() {
        return rounds.get();
    }

    /** Asks for a publishing round now; cheap to call often, rounds never overlap. */
    public void requestDrain() {
        if (!running || !leadership.isLeader()) {
            return;
        }
        drainAgain.set(true);
        if (draining.compareAndSet(false, true)) {
            drainLoop();
        }
    }

    private void drainLoop() {
        drainAgain.set(false);
        publishOneBatch().subscribe().with(
                full -> {
                    if ((full || drainAgain.get()) && running && leadership.isLeader()) {
                        drainLoop();
                    } else {
                        finishDrain();
                    }
                },
                failure -> {
                    Log.warnf("Outbox round failed, retrying in %s: %s", config.retryBackoff(), failure.getMessage());
                    draining.set(false);
                    vertx.setTimer(config.retryBackoff().toMillis(), id -> requestDrain());
                });
    }

    private void finishDrain() {
        draining.set(false);
        if (drainAgain.get()) {
            requestDrain();
        }
    }

    /** Completes with true when the batch was full and fully published (more may be waiting). */
    private Uni<Boolean> publishOneBatch() {
        int batchSize = config.batchSize();
        rounds.incrementAndGet();
        return pool.preparedQuery(SELECT_PENDING).execute(Tuple.of(batchSize))
                .map(rows -> {
                    List<PendingEvent> batch = new ArrayList<>();
                    rows.forEach(row -> batch.add(PendingEvent.from(row)));
                    return batch;
                })
                .chain(batch -> batch.isEmpty() ? Uni.createFrom().item(false) : publishAndMark(batch, batchSize));
    }

    private Uni<Boolean> publishAndMark(List<PendingEvent> batch, int batchSize) {
        return publisher.publish(batch).chain(acknowledged -> {
            Uni<Void> mark = acknowledged.isEmpty() ? Uni.createFrom().voidItem() : markPublished(acknowledged);
            return mark.map(done -> {
                if (acknowledged.size() < batch.size()) {
                    throw new OutboxPublishException(batch.size() - acknowledged.size());
                }
                return batch.size() == batchSize;
            });
        });
    }

    private Uni<Void> markPublished(List<Long> acknowledged) {
        Tuple ids = Tuple.of(acknowledged.toArray(Long[]::new), RESTRICTED_TOPICS);
        return pool.preparedQuery(MARK_PUBLISHED).execute(ids)
                .chain(marked -> pool.preparedQuery(DELETE_RESTRICTED).execute(ids))
                .replaceWithVoid();
    }

    private void attemptLeadership() {
        if (!running) {
            return;
        }
        leadership.tryAcquire().subscribe().with(
                won -> {
                    if (won) {
                        requestDrain();
                    } else {
                        scheduleLeadershipAttempt();
                    }
                },
                failure -> {
                    Log.debugf("Outbox relay could not reach the database: %s", failure.getMessage());
                    scheduleLeadershipAttempt();
                });
    }

    private void scheduleLeadershipAttempt() {
        if (running) {
            vertx.setTimer(config.leaderRetry().toMillis(), id -> attemptLeadership());
        }
    }

    private void deletePublished() {
        if (!leadership.isLeader()) {
            return;
        }
        pool.preparedQuery(DELETE_OLD).execute(Tuple.of((double) config.retention().toSeconds()))
                .subscribe().with(rows -> Log.debugf("Deleted %d published outbox rows", rows.rowCount()),
                        failure -> Log.warnf("Outbox clean-up failed: %s", failure.getMessage()));
    }
}
