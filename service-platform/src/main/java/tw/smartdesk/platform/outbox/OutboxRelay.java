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
import java.util.concurrent.atomic.AtomicBoolean;
import tw.smartdesk.platform.config.OutboxConfig;

/**
 * Publishes committed outbox rows to Kafka in id order per key, at least once, and marks them published.
 *
 * <p>Woken by {@code LISTEN outbox_event} (a trigger notifies on every insert, delivered on commit)
 * with a slow fallback poll. Only the leader publishes ({@link RelayLeadership}), and it reads and
 * marks rows on its lock-holding connection. Each key is a pipeline of its own: its rows go one at a
 * time, each after the previous one was acknowledged ({@link KeyPipelines}), while other keys go side
 * by side and a slow or failing key holds back nobody else.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String NOTIFY_CHANNEL = "outbox_event";

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
    private PgSubscriber subscriber;
    private long fallbackPollTimer;
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

    /** Starts listening and contending for leadership. */
    void start() {
        running = true;
        subscriber = connections.subscriber().reconnectPolicy(attempts -> 500L);
        subscriber.channel(NOTIFY_CHANNEL).handler(payload -> requestDrain()).subscribeHandler(this::requestDrain);
        listen();
        fallbackPollTimer = vertx.setPeriodic(config.fallbackPoll().toMillis(), id -> requestDrain());
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
        vertx.cancelTimer(fallbackPollTimer);
        vertx.cancelTimer(metricsTimer);
        vertx.cancelTimer(vacuumTimer);
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
}
