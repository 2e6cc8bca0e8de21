package tw.smartdesk.loadtests;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Booking attempts on one slot, all at once: every request is handed to an HTTP client with a connection for each,
 * opened beforehand, so that none waits for another's answer. All are due at the same moment, and each latency counts
 * from it (the time a resident waited since everyone pressed "book"), so the generator's own time to put them on the
 * wire is in the figures, not left out.
 */
final class HotSlotBurst {

    private final HttpLoad http;
    private final HttpCall connectionOpener;

    /**
     * @param http a client with a connection per attempt to the service
     * @param connectionOpener a cheap request to the same service, sent once per attempt before the burst to open them
     */
    HotSlotBurst(HttpLoad http, HttpCall connectionOpener) {
        this.http = http;
        this.connectionOpener = connectionOpener;
    }

    /** What a burst measured, and the most requests it had awaiting their answer at one time. */
    record Fired(ScenarioResult result, int mostInFlight) {
    }

    /** {@code attempts} calls of {@code scenario}, sent together; waits for every answer (each ends by its timeout at the latest). */
    Fired fire(Scenario scenario, int attempts, String load, MeasureWindow window) {
        openConnections(attempts);
        HttpCall[] calls = new HttpCall[attempts];
        for (int i = 0; i < attempts; i++) {
            calls[i] = scenario.next();
        }
        CountDownLatch answered = new CountDownLatch(attempts);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        window.opened();
        long due = System.nanoTime();
        LatencyRecorder recorder = new LatencyRecorder(due);
        for (HttpCall call : calls) {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            http.send(call).whenComplete((answer, failure) -> {
                inFlight.decrementAndGet();
                recorder.settle(scenario, call, answer, failure, due, System.nanoTime(), true);
                answered.countDown();
            });
        }
        await(answered);
        double seconds = (System.nanoTime() - due) / 1e9;
        window.closed();
        return new Fired(recorder.result(scenario.name(), load, seconds), mostInFlight.get());
    }

    /** One request per connection wanted, all in flight together, so that the client opens as many connections. */
    private void openConnections(int connections) {
        CountDownLatch opened = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            http.send(connectionOpener).whenComplete((answer, failure) -> opened.countDown());
        }
        await(opened);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.MINUTES)) {
                throw new BenchmarkException("Answers still missing after 5 minutes: " + latch.getCount());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("Interrupted while awaiting the answers", e);
        }
    }
}
