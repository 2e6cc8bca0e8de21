package tw.smartdesk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records every send of several relay instances (which instance, which event, when it started and
 * when Kafka acknowledged it), to check that no two instances ever send at the same time.
 */
final class RelaySends {

    /** One acknowledged send. */
    record Send(String relay, UUID eventId, long startedNanos, long endedNanos) {
    }

    private final List<Send> sends = Collections.synchronizedList(new ArrayList<>());

    /** A publisher that sends through {@code real} and records each acknowledged send as {@code relay}'s. */
    OutboxPublisher recording(String relay, OutboxPublisher real) {
        return new OutboxPublisher(null) {
            @Override
            Uni<Void> send(PendingEvent event) {
                long started = System.nanoTime();
                return real.send(event).invoke(() -> sends.add(new Send(relay, event.eventId(), started, System.nanoTime())));
            }
        };
    }

    long count(String relay) {
        synchronized (sends) {
            return sends.stream().filter(send -> send.relay().equals(relay)).count();
        }
    }

    /**
     * Sorted by start, the sends form one run per instance, and each run ends (its last acknowledgement)
     * before the next instance's first send starts.
     */
    void assertOneSenderAtATime() {
        List<Send> ordered;
        synchronized (sends) {
            ordered = sends.stream().sorted(Comparator.comparingLong(Send::startedNanos)).toList();
        }
        Map<String, long[]> runs = new LinkedHashMap<>();
        String current = null;
        for (Send send : ordered) {
            if (!send.relay().equals(current)) {
                assertThat(runs).as("%s sends again after another instance sent", send.relay()).doesNotContainKey(send.relay());
                runs.put(send.relay(), new long[] {send.startedNanos(), send.endedNanos()});
                current = send.relay();
            }
            long[] run = runs.get(current);
            run[1] = Math.max(run[1], send.endedNanos());
        }
        List<Map.Entry<String, long[]>> list = new ArrayList<>(runs.entrySet());
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i - 1).getValue()[1]).as("%s's last send ended before %s's first started",
                    list.get(i - 1).getKey(), list.get(i).getKey()).isLessThan(list.get(i).getValue()[0]);
        }
        assertThat(runs).hasSizeGreaterThan(1);
    }

    String summary() {
        Map<String, Long> counts = new LinkedHashMap<>();
        synchronized (sends) {
            sends.forEach(send -> counts.merge(send.relay(), 1L, Long::sum));
        }
        return "sends per instance " + counts;
    }
}
