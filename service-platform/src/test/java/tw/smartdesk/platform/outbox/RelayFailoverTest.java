package tw.smartdesk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.ProbeClient;
import tw.smartdesk.platform.ProbeDatabase;
import tw.smartdesk.platform.ProbeDatabase.Receipt;
import tw.smartdesk.platform.config.OutboxConfig;
import tw.smartdesk.testsupport.TcpProxy;

/**
 * Two or three relay instances on one database under a steady stream of writes: when the leader's
 * connection is closed, or silently stops forwarding (a half-open connection), or the leader is
 * stopped in a rolling restart, another instance takes over within 10 s; at no moment do two
 * instances send, and every event arrives, in order per key. The application's own relay is off
 * here, so the instances are the test's.
 */
@QuarkusTest
@TestProfile(RelayFailoverTest.AppRelayOff.class)
class RelayFailoverTest {

    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(10);

    /** The probe application without its own relay. */
    public static class AppRelayOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("smartdesk.outbox.relay-enabled", "false");
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    Pool pool;

    @Inject
    OutboxPublisher publisher;

    @Inject
    OutboxConfig config;

    @Inject
    DedicatedConnections connections;

    private final RelaySends sends = new RelaySends();
    private final Map<String, OutboxRelay> relays = new LinkedHashMap<>();
    private SteadyWriter writer;
    private TcpProxy proxy;

    @BeforeEach
    void steadyWrites() {
        proxy = TcpProxy.to(connections.options().getHost(), connections.options().getPort());
        writer = new SteadyWriter(4);
    }

    @AfterEach
    void stopEverything() {
        writer.close();
        proxy.close();
        relays.values().forEach(OutboxRelay::stop);
    }

    @Test
    void whenTheLeadersConnectionIsClosedAStandbyTakesOverAlone() {
        OutboxRelay first = start("first", throughProxy());
        await().atMost(Duration.ofSeconds(10)).until(first::isLeader);
        start("second", connections);
        writer.start();
        awaitSomeSent("first");

        long cut = System.nanoTime();
        proxy.cutOff();
        awaitLeader("second", cut);

        finishAndCheck();
    }

    @Test
    void whenTheLeadersConnectionSilentlyStopsAStandbyEndsItsSessionAndTakesOverAlone() {
        OutboxRelay first = start("first", throughProxy());
        await().atMost(Duration.ofSeconds(10)).until(first::isLeader);
        start("second", connections);
        writer.start();
        awaitSomeSent("first");

        long frozen = System.nanoTime();
        proxy.freeze();
        awaitLeader("second", frozen);
        assertThat(first.isLeader()).as("the frozen leader stepped down").isFalse();

        finishAndCheck();
    }

    @Test
    void aRollingRestartHandsOverWithoutOverlapOrLoss() {
        OutboxRelay first = start("first", connections);
        await().atMost(Duration.ofSeconds(10)).until(first::isLeader);
        OutboxRelay second = start("second", connections);
        writer.start();
        awaitSomeSent("first");

        long stopped = System.nanoTime();
        first.stop();
        awaitLeader("second", stopped);
        start("third", connections);
        awaitSomeSent("second");

        stopped = System.nanoTime();
        second.stop();
        awaitLeader("third", stopped);

        finishAndCheck();
    }

    private OutboxRelay start(String name, DedicatedConnections through) {
        OutboxRelay relay = new OutboxRelay(vertx, pool, sends.recording(name, publisher), config, through,
                new SimpleMeterRegistry(), name);
        relays.put(name, relay);
        relay.start();
        return relay;
    }

    private DedicatedConnections throughProxy() {
        return new DedicatedConnections(vertx, connections.options().setHost("127.0.0.1").setPort(proxy.port()));
    }

    private void awaitSomeSent(String relay) {
        await().atMost(Duration.ofSeconds(20)).until(() -> sends.count(relay) >= 10);
    }

    private void awaitLeader(String name, long faultAt) {
        OutboxRelay relay = relays.get(name);
        await().atMost(TAKEOVER_LIMIT).pollInterval(Duration.ofMillis(20)).until(relay::isLeader);
        System.out.printf("Relay failover: %s leads %d ms after the fault%n", name,
                (System.nanoTime() - faultAt) / 1_000_000);
        await().atMost(Duration.ofSeconds(20)).until(() -> sends.count(name) >= 10);
    }

    /** Stops the writes, waits for every event to be consumed, and checks order, completeness and overlap. */
    private void finishAndCheck() {
        Map<UUID, Integer> written = writer.stopAndCount();
        for (Map.Entry<UUID, Integer> key : written.entrySet()) {
            List<Integer> expected = IntStream.rangeClosed(1, key.getValue()).boxed().toList();
            await().atMost(Duration.ofSeconds(30)).until(() -> ProbeDatabase.receipts(key.getKey()).size() >= expected.size());
            assertThat(ProbeDatabase.receipts(key.getKey())).extracting(Receipt::sentSeq)
                    .as("events of key %s, in the order they arrived", key.getKey()).isEqualTo(expected);
        }
        sends.assertOneSenderAtATime();
        System.out.printf("Relay failover: %s%n", sends.summary());
    }

    /** Keeps writing single-event transactions for a few keys, numbered per key, until stopped. */
    private static final class SteadyWriter implements AutoCloseable {
        private final List<UUID> keys;
        private final Map<UUID, Integer> written = new ConcurrentHashMap<>();
        private volatile boolean running;
        private Thread thread;

        SteadyWriter(int keyCount) {
            keys = IntStream.range(0, keyCount).mapToObj(i -> UUID.randomUUID()).toList();
        }

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    for (UUID key : keys) {
                        int seq = written.getOrDefault(key, 0) + 1;
                        ProbeClient.writeOne(key, seq);
                        written.put(key, seq);
                    }
                }
            }, "steady-writer");
            thread.start();
        }

        Map<UUID, Integer> stopAndCount() {
            close();
            return Map.copyOf(written);
        }

        @Override
        public void close() {
            running = false;
            if (thread != null) {
                try {
                    thread.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
