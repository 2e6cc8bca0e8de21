package tw.smartdesk.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What operators watch of the outbox: rows waiting (count, age of the oldest), parked rows, sends,
 * failed sends, publish latency (commit to broker acknowledgement) and relay rounds.
 */
final class OutboxMetrics {

    private final AtomicReference<OutboxRows.State> state = new AtomicReference<>(new OutboxRows.State(0, 0, 0));
    private final AtomicLong rounds = new AtomicLong();
    private final Counter sent;
    private final Counter failures;
    private final Counter parked;
    private final Timer latency;

    OutboxMetrics(MeterRegistry meters) {
        Gauge.builder("smartdesk.outbox.unpublished", state, current -> current.get().unpublished())
                .description("Outbox rows not yet published (parked ones included)").register(meters);
        Gauge.builder("smartdesk.outbox.oldest.unpublished.seconds", state, current -> current.get().oldestAgeSeconds())
                .description("Age of the oldest unpublished outbox row").register(meters);
        Gauge.builder("smartdesk.outbox.parked", state, current -> current.get().parked())
                .description("Outbox rows parked after too many failed sends; their keys wait for an operator")
                .register(meters);
        FunctionCounter.builder("smartdesk.outbox.rounds", rounds, AtomicLong::get)
                .description("Queries for sendable outbox rows; an idle relay adds one per poll interval")
                .register(meters);
        sent = Counter.builder("smartdesk.outbox.sent").description("Outbox rows acknowledged by Kafka").register(meters);
        failures = Counter.builder("smartdesk.outbox.send.failures").description("Failed sends of outbox rows")
                .register(meters);
        parked = Counter.builder("smartdesk.outbox.parkings").description("Outbox rows parked since start")
                .register(meters);
        latency = Timer.builder("smartdesk.outbox.publish.latency")
                .description("From the outbox row's insert to Kafka's acknowledgement")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    void round() {
        rounds.incrementAndGet();
    }

    long rounds() {
        return rounds.get();
    }

    void sent(PendingEvent event) {
        sent.increment();
        latency.record(Duration.between(event.createdAt(), Instant.now()));
    }

    void failed(boolean nowParked) {
        failures.increment();
        if (nowParked) {
            parked.increment();
        }
    }

    void state(OutboxRows.State current) {
        state.set(current);
    }
}
