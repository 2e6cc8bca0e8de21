package tw.smartdesk.loadtests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Samples, every second while it runs, what the stack still has to deliver: the lag of each Kafka consumer group
 * and the unpublished rows in each service's outbox (events committed but not yet on Kafka, which no consumer lag
 * shows). The lag is "back to 0" only when both are.
 */
final class LagWatch implements AutoCloseable {

    private final ConsumerLag kafka;
    private final Map<String, Connection> outboxes = new LinkedHashMap<>();
    private final List<LagPoint> points = new ArrayList<>();
    private volatile long originNanos = System.nanoTime();
    private Thread thread;
    private volatile boolean running;

    LagWatch(ConsumerLag kafka, DatabaseServer server, BenchStack stack) {
        this.kafka = kafka;
        for (StackService service : StackService.all()) {
            try {
                outboxes.put(service.module(), server.connect(stack.database(service)));
            } catch (SQLException e) {
                throw new BenchmarkException("Cannot connect to " + stack.database(service) + ": " + e.getMessage(), e);
            }
        }
    }

    /** Samples every second from now on, timed from {@code originNanos} (earlier points are forgotten). */
    void restart(long originNanos) {
        stop();
        this.originNanos = originNanos;
        synchronized (points) {
            points.clear();
        }
        running = true;
        thread = new Thread(() -> {
            while (running) {
                long begin = System.nanoTime();
                LagPoint point = sample();
                synchronized (points) {
                    points.add(point);
                }
                Sleep.until(begin + 1_000_000_000L);
            }
        }, "lag-watch");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    List<LagPoint> points() {
        synchronized (points) {
            return List.copyOf(points);
        }
    }

    /** The newest point, if any. */
    LagPoint last() {
        synchronized (points) {
            return points.isEmpty() ? null : points.get(points.size() - 1);
        }
    }

    LagPoint sample() {
        double at = (System.nanoTime() - originNanos) / 1e9;
        Map<String, Long> backlog = new TreeMap<>();
        outboxes.forEach((service, connection) -> backlog.put(service, unpublished(connection)));
        return new LagPoint(at, kafka.lagByGroup(), backlog);
    }

    private static long unpublished(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from outbox_event where published_at is null")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        stop();
        for (Connection connection : outboxes.values()) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing at the end: nothing left to do with it
            }
        }
    }
}
