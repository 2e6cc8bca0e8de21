package tw.smartdesk.platform.retention;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import tw.smartdesk.platform.ProbeDatabase;
import tw.smartdesk.platform.outbox.OutboxRelay;

/**
 * A second session that takes the outbox relay's leader lock away from the probe application, as another
 * instance of the service would, and keeps it until closed. The lock is found in {@code pg_locks} as the
 * one advisory lock the leading application holds.
 */
final class RivalLeader implements AutoCloseable {

    private static final String ADVISORY_LOCKS = """
            select pid, (classid::bigint << 32) | objid::bigint from pg_locks
            where locktype = 'advisory' and granted and objsubid = 1
              and database = (select oid from pg_database where datname = current_database())""";

    private final Connection connection;

    private RivalLeader(Connection connection) {
        this.connection = connection;
    }

    /** Waits until the application leads, then ends its leader session and takes the lock before it retries. */
    static RivalLeader takeOver(OutboxRelay relay) throws SQLException {
        await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
        long key = ProbeDatabase.query(ADVISORY_LOCKS, rows -> rows.getLong(2)).stream().findFirst().orElseThrow();
        Connection connection = ProbeDatabase.connect();
        int ownPid = single(connection, "select pg_backend_pid()").intValue();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
            ProbeDatabase.query(ADVISORY_LOCKS, rows -> rows.getInt(1)).stream().filter(pid -> pid != ownPid)
                    .forEach(pid -> ProbeDatabase.query("select pg_terminate_backend(?)", rows -> rows.getBoolean(1), pid));
            return tryLock(connection, key);
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> !relay.isLeader());
        return new RivalLeader(connection);
    }

    /** Ends the rival session, which releases the lock; the application takes it on its next try. */
    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    private static Number single(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return (Number) rows.getObject(1);
        }
    }
}
