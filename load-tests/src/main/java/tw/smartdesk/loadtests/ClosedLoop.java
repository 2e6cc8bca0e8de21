package tw.smartdesk.loadtests;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The closed model: {@code clients} callers, each sending its next request as soon as the previous one is
 * answered, as fast as the system goes: the maximum throughput at that concurrency. Latency counts from the
 * moment a request is sent. Requests sent during the warm-up are not recorded.
 */
final class ClosedLoop {

    private static final long FAILURE_PAUSE_MILLIS = 10;

    private final HttpLoad http;
    private final int clients;

    ClosedLoop(HttpLoad http, int clients) {
        this.http = http;
        this.clients = clients;
    }

    int clients() {
        return clients;
    }

    ScenarioResult run(Scenario scenario, Duration warmup, Duration measure, MeasureWindow window) {
        long begin = System.nanoTime();
        long measureStart = begin + warmup.toNanos();
        long measureEnd = measureStart + measure.toNanos();
        LatencyRecorder recorder = new LatencyRecorder(measureStart);
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            new Caller(scenario, recorder, measureStart, measureEnd, done).next();
        }
        Sleep.until(measureStart);
        window.opened();
        Sleep.until(measureEnd);
        window.closed();
        try {
            // in-flight requests end by their own timeout at the latest
            done.await(2 * Duration.ofMinutes(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return recorder.result(scenario.name(), String.format(Locale.ROOT, "closed, %d clients", clients), measure.toMillis() / 1000.0);
    }

    /** One of the callers: send, wait for the answer, record it, send the next, until the window closes. */
    private final class Caller {

        private final Scenario scenario;
        private final LatencyRecorder recorder;
        private final long measureStart;
        private final long measureEnd;
        private final CountDownLatch done;

        Caller(Scenario scenario, LatencyRecorder recorder, long measureStart, long measureEnd, CountDownLatch done) {
            this.scenario = scenario;
            this.recorder = recorder;
            this.measureStart = measureStart;
            this.measureEnd = measureEnd;
            this.done = done;
        }

        void next() {
            long start = System.nanoTime();
            if (start >= measureEnd) {
                done.countDown();
                return;
            }
            HttpCall call = scenario.next();
            http.send(call).whenComplete((answer, failure) -> {
                long end = System.nanoTime();
                boolean measured = start >= measureStart;
                if (failure != null) {
                    if (measured) {
                        recorder.failure(start, end, HttpLoad.failureKind(failure));
                    }
                } else if (answer.ok()) {
                    scenario.answered(call, answer);
                    if (measured) {
                        recorder.success(start, end);
                    }
                } else if (measured) {
                    recorder.failure(start, end, "HTTP " + answer.status());
                }
                if (failure != null) {
                    // no answer at all (a service down, say): a short pause, not a busy loop of refused connections
                    CompletableFuture.delayedExecutor(FAILURE_PAUSE_MILLIS, TimeUnit.MILLISECONDS).execute(this::next);
                } else {
                    next();
                }
            });
        }
    }
}
