package tw.smartdesk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.ProbeClient;
import tw.smartdesk.platform.ProbeDatabase;
import tw.smartdesk.platform.config.OutboxConfig;

/**
 * One publishing relay per database: whoever holds the advisory lock publishes, nobody else does,
 * and a lost leader connection hands the lock on.
 */
@QuarkusTest
class RelayLeadershipTest {

    @Inject
    OutboxRelay relay;

    @Inject
    DedicatedConnections connections;

    @Inject
    Vertx vertx;

    @Inject
    OutboxConfig config;

    @BeforeEach
    void appLeads() {
        await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
    }

    @Test
    void nobodyElseTakesTheLockWhileTheAppLeads() throws SQLException {
        AtomicBoolean elected = new AtomicBoolean();
        RelayLeadership second = new RelayLeadership(vertx, connections, config, "second", new RelayLeadership.Listener() {
            @Override
            public void elected() {
                elected.set(true);
            }

            @Override
            public Uni<Void> lost() {
                return Uni.createFrom().voidItem();
            }
        });
        second.start();
        try {
            // several lock attempts of the standby (leader-retry is 200 ms here), none wins
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> !second.isLeader() && !elected.get());
        } finally {
            second.release().await().atMost(Duration.ofSeconds(5));
        }
        try (Connection rival = ProbeDatabase.connect()) {
            assertThat(RelayLocks.tryLock(rival)).isFalse();
        }
        assertThat(RelayLocks.holders()).hasSize(1);
    }

    @Test
    void afterItsLeaderConnectionIsKilledTheAppLeadsAgainAndKeepsPublishing() {
        int leader = RelayLocks.holders().get(0);
        RelayLocks.terminate(leader);

        await().atMost(Duration.ofSeconds(10)).until(() -> relay.isLeader() && RelayLocks.holders().size() == 1 && RelayLocks.holders().get(0) != leader);
        UUID key = UUID.randomUUID();
        ProbeClient.writeOne(key, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> ProbeDatabase.unpublishedRows(key) == 0);
    }

    @Test
    void aRivalHoldingTheLockBlocksPublishingUntilItLetsGo() throws SQLException {
        UUID key = UUID.randomUUID();
        try (Connection rival = ProbeDatabase.connect()) {
            int rivalPid = RelayLocks.pid(rival);
            RelayLocks.takeWith(rival);
            await().atMost(Duration.ofSeconds(5)).until(() -> !relay.isLeader());

            ProbeClient.writeOne(key, 1);
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                    .until(() -> ProbeDatabase.unpublishedRows(key) == 1 && RelayLocks.holders().equals(List.of(rivalPid)));
        }
        // closing the rival's session releases its lock
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.isLeader() && ProbeDatabase.unpublishedRows(key) == 0);
    }
}
