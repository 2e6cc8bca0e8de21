package tw.smartdesk.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.testsupport.SmartDeskTestResource;
import tw.smartdesk.testsupport.TestDatabases;

/** Reads the probe application's database over plain JDBC, outside its transactions. */
public final class ProbeDatabase {

    /** One event as the idempotent consumer received it. */
    public record Receipt(int arrivalSeq, UUID eventId, Integer sentSeq) {
    }

    private ProbeDatabase() {
    }

    public static Connection connect() throws SQLException {
        return TestDatabases.connect(SmartDeskTestResource.currentDatabase());
    }

    /** What the probe consumer recorded for {@code key}, in arrival order. */
    public static List<Receipt> receipts(UUID key) {
        return query("select arrival_seq, event_id, sent_seq from probe_receipt where message_key = ? order by arrival_seq",
                rows -> new Receipt(rows.getInt(1), rows.getObject(2, UUID.class), (Integer) rows.getObject(3)),
                key.toString());
    }

    public static long count(String sql, Object... parameters) {
        return query(sql, rows -> rows.getLong(1), parameters).get(0);
    }

    public static long outboxRows(UUID key) {
        return count("select count(*) from outbox_event where message_key = ?", key.toString());
    }

    public static long unpublishedRows(UUID key) {
        return count("select count(*) from outbox_event where message_key = ? and published_at is null", key.toString());
    }

    /** Runs an insert, update or delete with {@code parameters}; returns how many rows it changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs {@code sql} with {@code parameters} and maps every row. */
    public static <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }
}
