package tw.smartdesk.loadtests;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What was left to deliver at one moment.
 *
 * @param at seconds since the burst began
 * @param consumerLag records not yet consumed, per consumer group
 * @param outboxBacklog unpublished outbox rows, per service (-1 when it could not be read)
 */
record LagPoint(double at, Map<String, Long> consumerLag, Map<String, Long> outboxBacklog) {

    long totalLag() {
        return consumerLag.values().stream().mapToLong(Long::longValue).sum();
    }

    long totalBacklog() {
        return outboxBacklog.values().stream().mapToLong(value -> Math.max(0, value)).sum();
    }

    boolean drained() {
        return totalLag() == 0 && outboxBacklog.values().stream().allMatch(value -> value == 0);
    }

    /** Seconds from {@code loadEnd} to the first point at or after it where everything was delivered; empty if never. */
    static Optional<Double> recovery(List<LagPoint> points, double loadEnd) {
        return points.stream().filter(point -> point.at() >= loadEnd && point.drained()).findFirst()
                .map(point -> point.at() - loadEnd);
    }

    /** The largest total (consumer lag plus outbox backlog) of the points. */
    static long peak(List<LagPoint> points) {
        return points.stream().mapToLong(point -> point.totalLag() + point.totalBacklog()).max().orElse(0);
    }
}
