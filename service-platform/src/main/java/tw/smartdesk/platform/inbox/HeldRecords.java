package tw.smartdesk.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partitions consumers are holding because their current record failed for a transient reason:
 * since when, how many attempts, the last error. Publishes {@code smartdesk.consumer.stuck.seconds}
 * (per consumer, the longest hold, 0 when flowing) and counts {@code smartdesk.consumer.retries}.
 */
@ApplicationScoped
class HeldRecords {

    /** One held partition. */
    record Holding(HeldRecord record, Instant since, int attempts, String lastError) {

        Duration heldFor() {
            return Duration.between(since, Instant.now());
        }
    }

    private static final int ERROR_TEXT_LIMIT = 200;

    private final Map<String, Holding> holdings = new ConcurrentHashMap<>();
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final MeterRegistry registry;

    HeldRecords(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers the consumer's stuck gauge the first time it consumes, so that 0 is reported while it flows. */
    void watch(String consumer) {
        if (watched.add(consumer)) {
            Gauge.builder("smartdesk.consumer.stuck.seconds", this, held -> held.stuckSeconds(consumer))
                    .description("How long the consumer has been retrying its oldest held record (0 when flowing)")
                    .tag("consumer", consumer)
                    .register(registry);
        }
    }

    void failed(HeldRecord record, Throwable failure) {
        holdings.compute(record.partitionName(), (name, previous) -> previous == null
                || previous.record().offset() != record.offset()
                ? new Holding(record, Instant.now(), 1, describe(failure))
                : new Holding(record, previous.since(), previous.attempts() + 1, describe(failure)));
        Counter.builder("smartdesk.consumer.retries")
                .description("Attempts that failed for a transient reason and will be retried")
                .tag("consumer", record.consumer())
                .register(registry)
                .increment();
    }

    void released(HeldRecord record) {
        holdings.remove(record.partitionName());
    }

    double stuckSeconds(String consumer) {
        return holdings.values().stream().filter(holding -> holding.record().consumer().equals(consumer))
                .mapToDouble(holding -> holding.heldFor().toMillis() / 1000.0).max().orElse(0);
    }

    /** The partitions held for longer than {@code threshold}, longest first. */
    List<Holding> heldLongerThan(Duration threshold) {
        return holdings.values().stream().filter(holding -> holding.heldFor().compareTo(threshold) > 0)
                .sorted(Comparator.comparing(Holding::since)).toList();
    }

    /** Class and first line of the root cause: enough to tell a database outage from a bug, no record content. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        if (message.length() > ERROR_TEXT_LIMIT) {
            message = message.substring(0, ERROR_TEXT_LIMIT) + "...";
        }
        return message.isEmpty() ? root.getClass().getName() : root.getClass().getName() + ": " + message;
    }
}
