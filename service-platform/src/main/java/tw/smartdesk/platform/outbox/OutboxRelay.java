package tw.smartdesk.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.errors.RetriableException;
import tw.smartdesk.platform.config.OutboxConfig;

/**
 * Publishes committed outbox rows to Kafka in id order per key, at least once, and marks them published.
 *
 * <p>Woken by {@code LISTEN outbox_event} (a trigger notifies on every insert, delivered on commit)
 * with a slow fallback poll. Only the leader publishes ({@link RelayLeadership}), and it reads and
 * marks rows on its lock-holding connection. Each key is a pipeline of its own: its rows go one at a
 * time, each after the previous one was acknowledged, while other keys go side by side and a slow or
 * failing key holds back nobody else. A failed send counts an attempt on its row and the key waits
 * (back-off); after {@code max-attempts} the row is parked and its key waits for an operator
 * ({@link OutboxAdminResource}).
 */
@ApplicationScoped
public class OutboxRelay {

    static final String NOTIFY_CHANNEL = "outbox_event";

    private final Vertx vertx;
    private final Pool pool;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final DedicatedConnections connections;
    private final OutboxMetrics metrics;
    private final RelayLeadership leadership;
    private final Set<String> busyKeys = ConcurrentHashMap.newKeySet();
    private final List<CompletableFuture<Void>> idleWaiters = new CopyOnWriteArrayList<>();
    private final AtomicBoolean selecting = new AtomicBoolean();
    private final AtomicBoolean selectAgain = new AtomicBoolean();
    private volatile boolean running;
    private volatile long lastAcknowledgedNanos = System.nanoTime();
    private PgSubscriber subscriber;

    @Inject
    OutboxRelay(Vertx vertx, Pool pool, OutboxPublisher publisher, OutboxConfig config, DedicatedConnections connections,
            MeterRegistry meters) {
        this(vertx, pool, publisher, config, connections, meters, defaultHolderName());
    }

    /** A relay with its own name and connections, e.g. a second instance in a test. */
    OutboxRelay(Vertx vertx, Pool pool, OutboxPublisher publisher, OutboxConfig config, DedicatedConnections connections,
            MeterRegistry meters, String holder) {
        this.vertx = vertx;
        this.pool = pool;
        this.publisher = publisher;
        this.config = config;
        this.connections = connections;
        this.metrics = new OutboxMetrics(meters);
        this.leadership = new RelayLeadership(vertx, connections, config, holder, new RelayLeadership.Listener() {
            @Override
            public void elected() {
                requestDrain();
            }

            @Override
            public Uni<Void> lost() {
                return whenIdle();
            }
        });
    }

    void onStart(@Observes StartupEvent startup) {
        if (config.relayEnabled()) {
            start();
        } else {
            Log.info("Outbox relay disabled (smartdesk.outbox.relay-enabled=false)");
        }
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        stop();
    }

    /** Starts listening and contending for leadership. */
    void start() {
        running = true;
        subscriber = connections.subscriber().reconnectPolicy(attempts -> 500L);
        subscriber.channel(NOTIFY_CHANNEL).handler(payload -> requestDrain()).subscribeHandler(this::requestDrain);
        listen();
        vertx.setPeriodic(config.fallbackPoll().toMillis(), id -> requestDrain());
        vertx.setPeriodic(config.metricsRefresh().toMillis(), id -> refreshMetrics());
        leadership.start();
    }

    /** Stops sending; a leader lets its in-flight sends finish before it lets the lock go. */
    void stop() {
        if (!running) {
            return;
        }
        running = false;
        subscriber.close().onFailure().recoverWithNull()
                .ifNoItem().after(Duration.ofSeconds(5)).recoverWithItem((Void) null).await().indefinitely();
        leadership.release().onFailure().recoverWithNull()
                .ifNoItem().after(Duration.ofMinutes(2)).recoverWithItem((Void) null).await().indefinitely();
    }

    /** Whether this instance currently publishes (holds the lock and a valid lease). */
    public boolean isLeader() {
        return leadership.isLeader();
    }

    /** How many queries for sendable rows this instance has run; also {@code smartdesk.outbox.rounds}. */
    public long rounds() {
        return metrics.rounds();
    }

    /** Asks for a publishing round now; cheap to call often, queries never overlap. */
    public void requestDrain() {
        if (!running || !leadership.isLeader()) {
            return;
        }
        selectAgain.set(true);
        if (selecting.compareAndSet(false, true)) {
            selectSendable();
        }
    }

    private void selectSendable() {
        selectAgain.set(false);
        metrics.round();
        Set<String> busy = Set.copyOf(busyKeys);
        leadership.onLeaderConnection(connection -> OutboxRows.sendable(connection, config.batchSize(), busy))
                .subscribe().with(batch -> {
                    byKey(batch).forEach(this::publishKey);
                    selecting.set(false);
                    if (batch.size() == config.batchSize() || selectAgain.get()) {
                        requestDrain();
                    }
                }, failure -> {
                    Log.warnf("Outbox relay could not read the outbox, retrying in %s: %s", config.retryBackoff(),
                            failure.getMessage());
                    selecting.set(false);
                    vertx.setTimer(config.retryBackoff().toMillis(), id -> requestDrain());
                });
    }

    /** Sends one key's rows one after another, stopping at the first failure, then records the outcome. */
    private void publishKey(String key, List<PendingEvent> rows) {
        if (!busyKeys.add(key)) {
            return;
        }
        List<Long> acknowledged = new ArrayList<>();
        Uni<FailedSend> sends = Uni.createFrom().nullItem();
        for (PendingEvent row : rows) {
            sends = sends.chain(failed -> failed != null ? Uni.createFrom().item(failed) : sendOne(row, acknowledged));
        }
        sends.chain(failed -> leadership.onLeaderConnection(connection -> OutboxRows.published(connection, acknowledged))
                        .chain(() -> failed == null || failed.row() == null ? Uni.createFrom().voidItem() : recordFailure(failed)))
                .subscribe().with(done -> finishKey(key), failure -> {
                    Log.warnf("Outbox relay could not record the outcome of key %s (rows stay unpublished): %s", key,
                            failure.getMessage());
                    finishKey(key);
                });
    }

    /** Completes with null when acknowledged, or with what stopped the key. */
    private Uni<FailedSend> sendOne(PendingEvent row, List<Long> acknowledged) {
        if (!running || !leadership.isLeader()) {
            return Uni.createFrom().item(new FailedSend(null, null, 0));
        }
        long started = System.nanoTime();
        return publisher.send(row)
                .invoke(() -> {
                    acknowledged.add(row.id());
                    lastAcknowledgedNanos = System.nanoTime();
                    metrics.sent(row);
                })
                .replaceWith((FailedSend) null)
                .onFailure().recoverWithItem(error -> new FailedSend(row, error, started));
    }

    /**
     * Counts the attempt and schedules the next one. A failure that may be the broker's (a timeout, a
     * lost connection) while no other row got through either does not count towards parking: a broker
     * outage makes every row wait, it must not park them all.
     */
    private Uni<Void> recordFailure(FailedSend failed) {
        PendingEvent row = failed.row();
        boolean counts = !isRetriable(failed.error()) || lastAcknowledgedNanos - failed.startedNanos() > 0;
        Duration backoff = counts ? backoffAfter(row.attempts() + 1) : config.retryBackoff();
        return leadership.onLeaderConnection(connection -> OutboxRows.failed(connection, row.id(), failed.error(), backoff,
                        counts, config.maxAttempts()))
                .invoke(outcome -> {
                    metrics.failed(outcome.parked());
                    if (outcome.parked()) {
                        Log.errorf("Outbox row %d (topic %s, key %s) parked after %d failed sends: %s. Its key waits"
                                + " until an operator retries it (POST /admin/outbox/parked/retry)", row.id(), row.topic(),
                                row.messageKey(), outcome.attempts(), failed.error().getMessage());
                    } else {
                        Log.warnf("Outbox row %d (topic %s) not sent, attempt %d, next in %s: %s", row.id(), row.topic(),
                                outcome.attempts(), backoff, failed.error().getMessage());
                        vertx.setTimer(backoff.toMillis(), id -> requestDrain());
                    }
                })
                .replaceWithVoid();
    }

    /** The pause before attempt {@code attempt + 1}: retry-backoff doubled per attempt, at most retry-backoff-max. */
    Duration backoffAfter(int attempt) {
        long millis = config.retryBackoff().toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, config.retryBackoffMax().toMillis()));
    }

    private static boolean isRetriable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private void finishKey(String key) {
        busyKeys.remove(key);
        if (busyKeys.isEmpty()) {
            idleWaiters.forEach(waiter -> waiter.complete(null));
            idleWaiters.removeIf(CompletableFuture::isDone);
        }
        requestDrain();
    }

    /** Completes once no key is being sent. */
    private Uni<Void> whenIdle() {
        CompletableFuture<Void> idle = new CompletableFuture<>();
        idleWaiters.add(idle);
        if (busyKeys.isEmpty()) {
            idle.complete(null);
            idleWaiters.remove(idle);
        }
        return Uni.createFrom().completionStage(idle);
    }

    private static Map<String, List<PendingEvent>> byKey(List<PendingEvent> batch) {
        Map<String, List<PendingEvent>> keys = new LinkedHashMap<>();
        batch.forEach(row -> keys.computeIfAbsent(row.messageKey(), key -> new ArrayList<>()).add(row));
        return keys;
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

    private void refreshMetrics() {
        if (running) {
            OutboxRows.state(pool).subscribe().with(metrics::state,
                    failure -> Log.debugf("Outbox metrics not refreshed: %s", failure.getMessage()));
        }
    }

    private static String defaultHolderName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A send that failed ({@code row}, {@code error}, when it started), or a key stopped because leadership ended (row null). */
    private record FailedSend(PendingEvent row, Throwable error, long startedNanos) {
    }
}
