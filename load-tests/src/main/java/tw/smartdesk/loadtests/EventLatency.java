package tw.smartdesk.loadtests;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.HdrHistogram.Histogram;

/**
 * Commit to consumed: for each event application-service wrote to {@code application-events} in a window, the time
 * from its outbox row to each consumer having applied it, read from the databases (all on the same PostgreSQL, so
 * one clock): {@code outbox_event.created_at} in application's database, and {@code processed_event.processed_at}
 * of that event id in every service's database, one figure per consumer. Both columns default to {@code now()}, the
 * start of their transaction: the figure includes the rest of the submitting transaction (up to its commit) and
 * leaves out the rest of the consuming one. Also the relay's part, {@code published_at - created_at}.
 */
final class EventLatency {

    private final DatabaseServer server;
    private final BenchStack stack;

    EventLatency(DatabaseServer server, BenchStack stack) {
        this.server = server;
        this.stack = stack;
    }

    /** The events written between {@code from} and {@code to}, waiting up to {@code patience} for the consumers. */
    Result measure(Instant from, Instant to, Duration patience) {
        try (Connection application = server.connect(stack.database(StackService.APPLICATION))) {
            Map<UUID, Instant> created = new HashMap<>();
            try (PreparedStatement query = application.prepareStatement(
                    "select event_id, created_at from outbox_event where topic = 'application-events' and created_at >= ? and created_at < ?")) {
                query.setTimestamp(1, Timestamp.from(from));
                query.setTimestamp(2, Timestamp.from(to));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        created.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
                    }
                }
            }
            awaitAnalytics(created.keySet(), patience);
            Map<String, Histogram> perConsumer = new TreeMap<>();
            Map<String, Long> consumed = new TreeMap<>();
            for (StackService service : StackService.all()) {
                try (Connection connection = server.connect(stack.database(service))) {
                    collect(service.module(), connection, created, perConsumer, consumed);
                }
            }
            Histogram relay = relay(application, created);
            Map<String, LatencySummary> summaries = new TreeMap<>();
            perConsumer.forEach((consumer, histogram) -> summaries.put(consumer, LatencySummary.of(histogram)));
            return new Result(created.size(), summaries, consumed, LatencySummary.of(relay));
        } catch (SQLException e) {
            throw new BenchmarkException("Cannot read the event times: " + e.getMessage(), e);
        }
    }

    private void awaitAnalytics(java.util.Set<UUID> events, Duration patience) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        try (Connection analytics = server.connect(stack.database(StackService.ANALYTICS));
                PreparedStatement count = analytics.prepareStatement("select count(*) from processed_event where event_id = any(?)")) {
            Array ids = analytics.createArrayOf("uuid", events.toArray());
            count.setArray(1, ids);
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) >= events.size()) {
                        return;
                    }
                }
                Sleep.millis(500);
            }
        }
    }

    private static void collect(String module, Connection connection, Map<UUID, Instant> created, Map<String, Histogram> perConsumer,
            Map<String, Long> consumed) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select event_id, consumer, processed_at from processed_event where event_id = any(?)")) {
            query.setArray(1, connection.createArrayOf("uuid", created.keySet().toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant start = created.get(rows.getObject(1, UUID.class));
                    long micros = Duration.between(start, rows.getTimestamp(3).toInstant()).toNanos() / 1000;
                    String consumer = module + " / " + rows.getString(2);
                    perConsumer.computeIfAbsent(consumer, c -> new Histogram(LatencyRecorder.MAX_MICROS, 3))
                            .recordValue(Math.max(0, Math.min(micros, LatencyRecorder.MAX_MICROS)));
                    consumed.merge(consumer, 1L, Long::sum);
                }
            }
        }
    }

    private static Histogram relay(Connection application, Map<UUID, Instant> created) throws SQLException {
        Histogram relay = new Histogram(LatencyRecorder.MAX_MICROS, 3);
        try (PreparedStatement query = application.prepareStatement(
                "select created_at, published_at from outbox_event where event_id = any(?) and published_at is not null")) {
            query.setArray(1, application.createArrayOf("uuid", created.keySet().toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long micros = Duration.between(rows.getTimestamp(1).toInstant(), rows.getTimestamp(2).toInstant()).toNanos() / 1000;
                    relay.recordValue(Math.max(0, Math.min(micros, LatencyRecorder.MAX_MICROS)));
                }
            }
        }
        return relay;
    }

    /**
     * @param events events written in the window
     * @param perConsumer commit-to-applied latency per consumer: "<service> / <consumer name in its processed_event>"
     * @param consumed events of the window each consumer applied
     * @param relay outbox row to published
     */
    record Result(int events, Map<String, LatencySummary> perConsumer, Map<String, Long> consumed, LatencySummary relay) {

        List<String> consumers() {
            return new ArrayList<>(perConsumer.keySet());
        }
    }
}
