package tw.smartdesk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.ProbeClient;
import tw.smartdesk.platform.ProbeDatabase;

/**
 * One publishing relay per database: whoever holds the advisory lock publishes, nobody else does,
 * and a lost leader connection hands the lock on.
 */
@QuarkusTest
class RelayLeadershipTest {

    private static final String HOLDERS = """
            select pid from pg_locks
            where locktype = 'advisory' and granted and objsubid = 1
              and database = (select oid from pg_database where datname = current_database())
              and classid::bigint = ? and objid::bigint = ?""";

    @Inject
    OutboxRelay relay;

    @Inject
    DedicatedConnections connections;

    @BeforeEach
    void appLeads() {
        await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
    }

    @Test
    void nobodyElseTakesTheLockWhileTheAppLeads() throws SQLException {
        RelayLeadership second = new RelayLeadership(connections, () -> { });
        assertThat(second.tryAcquire().await().atMost(Duration.ofSeconds(5))).isFalse();
        assertThat(second.isLeader()).isFalse();
        try (Connection rival = ProbeDatabase.connect()) {
            assertThat(tryLock(rival)).isFalse();
        }
        assertThat(holders()).hasSize(1);
    }

    @Test
    void afterItsLeaderConnectionIsKilledTheAppLeadsAgainAndKeepsPublishing() {
        int leader = holders().get(0);
        terminate(leader);

        await().atMost(Duration.ofSeconds(10)).until(() -> relay.isLeader() && holders().size() == 1 && holders().get(0) != leader);
        UUID key = UUID.randomUUID();
        ProbeClient.writeOne(key, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> ProbeDatabase.unpublishedRows(key) == 0);
    }

    @Test
    void aRivalHoldingTheLockBlocksPublishingUntilItLetsGo() throws SQLException {
        UUID key = UUID.randomUUID();
        try (Connection rival = ProbeDatabase.connect()) {
            int rivalPid = pid(rival);
            // take the lock from the app: kill its leader connection and grab the lock before it retries
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
                holders().stream().filter(pid -> pid != rivalPid).forEach(RelayLeadershipTest::terminate);
                return tryLock(rival);
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> !relay.isLeader());

            ProbeClient.writeOne(key, 1);
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                    .until(() -> ProbeDatabase.unpublishedRows(key) == 1 && holders().equals(List.of(rivalPid)));
        }
        // closing the rival's session releases its lock
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.isLeader() && ProbeDatabase.unpublishedRows(key) == 0);
    }

    private static List<Integer> holders() {
        return ProbeDatabase.query(HOLDERS, rows -> rows.getInt(1),
                RelayLeadership.LOCK_KEY >>> 32, RelayLeadership.LOCK_KEY & 0xFFFF_FFFFL);
    }

    private static void terminate(int pid) {
        ProbeDatabase.query("select pg_terminate_backend(?)", rows -> rows.getBoolean(1), pid);
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, RelayLeadership.LOCK_KEY);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
