package tw.smartdesk.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
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
import java.util.concurrent.atomic.AtomicBoolean;
import tw.smartdesk.platform.config.OutboxConfig;

/**
 * Publishes committed outbox rows to Kafka in id order per key, at least once, and marks them published.
 *
 * <p>The leader looks for sendable rows every {@code poll-interval} (100 ms), and at once when a write of this
 * instance committed events ({@link #requestDrain()}, called by {@code IdempotentRequests} and the consumers after
 * their commit). Not by {@code NOTIFY}: PostgreSQL serialises the commits of notifying transactions (ADR 0010).
 * Only the leader publishes ({@link RelayLeadership}), and it reads and
 * marks rows on its lock-holding connection. Each key is a pipeline of its own: its rows go one at a
 * time, each after the previous one was acknowledged ({@link KeyPipelines}), while other keys go side
 * by side and a slow or failing key holds back nobody else.
 */
@ApplicationScoped
public class OutboxRelay {

    private final Vertx vertx;
    private final Pool pool;
    private final OutboxConfig config;
    private final DedicatedConnections connections;
    private final OutboxMetrics metrics;
    private final RelayLeadership leadership;
    private final KeyPipelines pipelines;
    private final AtomicBoolean selecting = new AtomicBoolean();
    private final AtomicBoolean selectAgain = new AtomicBoolean();
    private volatile boolean running;
    private long pollTimer;
    private long metricsTimer;
    private long vacuumTimer;
    private final OutboxVacuum vacuum;

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
        this.config = config;
        this.connections = connections;
        this.metrics = new OutboxMetrics(meters);
        this.vacuum = new OutboxVacuum(pool);
        this.leadership = new RelayLeadership(vertx, connections, config, holder, new RelayLeadership.Listener() {
            @Override
            public void elected() {
                requestDrain();
            }

            @Override
            public Uni<Void> lost() {
                return pipelines.whenIdle();
            }
        });
        this.pipelines = new KeyPipelines(vertx, publisher, config, metrics, leadership, () -> running, this::requestDrain,
                vacuum::marked);
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

    /** Starts polling and contending for leadership. */
    void start() {
        running = true;
        pollTimer = vertx.setPeriodic(config.pollInterval().toMillis(), id -> requestDrain());
        metricsTimer = vertx.setPeriodic(config.metricsRefresh().toMillis(), id -> refreshMetrics());
        vacuumTimer = vertx.setPeriodic(config.vacuumInterval().toMillis(), id -> {
            if (running && leadership.isLeader()) {
                vacuum.vacuumIfNeeded();
            }
        });
        leadership.start();
    }

    /** Stops sending; a leader lets its in-flight sends finish before it lets the lock go. */
    void stop() {
        if (!running) {
            return;
        }
        running = false;
        vertx.cancelTimer(pollTimer);
        vertx.cancelTimer(metricsTimer);
        vertx.cancelTimer(vacuumTimer);
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

    /**
     * Asks for a publishing round now, e.g. right after a commit that recorded events; cheap to call often (calls
     * while a query runs make one more query after it), and a no-op on a standby or a stopped relay.
     */
    public void requestDrain() {
        if (!running || !leadership.isLeader()) {
            return;
        }
        selectAgain.set(true);
        if (selecting.compareAndSet(false, true)) {
            try {
                selectSendable();
            } catch (RuntimeException failure) {
                // callers have committed already: their answer must not turn into an error; the poll tries again
                selecting.set(false);
                Log.warnf(failure, "Outbox relay could not start a round");
            }
        }
    }

    private void selectSendable() {
        selectAgain.set(false);
        metrics.round();
        Set<String> busy = pipelines.busyKeys();
        leadership.onLeaderConnection(connection -> OutboxRows.sendable(connection, config.batchSize(), busy))
                .subscribe().with(batch -> {
                    byKey(batch).forEach(pipelines::publish);
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

    private static Map<String, List<PendingEvent>> byKey(List<PendingEvent> batch) {
        Map<String, List<PendingEvent>> keys = new LinkedHashMap<>();
        batch.forEach(row -> keys.computeIfAbsent(row.messageKey(), key -> new ArrayList<>()).add(row));
        return keys;
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
}
