package tw.smartdesk.platform.outbox;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import tw.smartdesk.platform.ProbeDatabase;

/** Looks at and takes the relay's leader lock from outside, over plain JDBC, for leadership tests. */
final class RelayLocks {

    private static final String HOLDERS = """
            select pid from pg_locks
            where locktype = 'advisory' and granted and objsubid = 1
              and database = (select oid from pg_database where datname = current_database())
              and classid::bigint = ? and objid::bigint = ?""";

    private RelayLocks() {
    }

    /** The backends holding the lock (one at most). */
    static List<Integer> holders() {
        return ProbeDatabase.query(HOLDERS, rows -> rows.getInt(1),
                RelayLeadership.LOCK_KEY >>> 32, RelayLeadership.LOCK_KEY & 0xFFFF_FFFFL);
    }

    static void terminate(int pid) {
        ProbeDatabase.query("select pg_terminate_backend(?)", rows -> rows.getBoolean(1), pid);
    }

    static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, RelayLeadership.LOCK_KEY);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /**
     * Makes {@code rival} the holder: ends the relay's leader session and takes the lock before the
     * relay takes it back. The rival writes no heartbeat, and a standby ends only a holder whose own
     * heartbeat went stale, so the rival keeps the lock until its session ends.
     */
    static void takeWith(Connection rival) throws SQLException {
        int rivalPid = pid(rival);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
            holders().stream().filter(pid -> pid != rivalPid).forEach(RelayLocks::terminate);
            return tryLock(rival);
        });
    }

    static int pid(Connection connection) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
