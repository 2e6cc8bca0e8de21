package tw.smartdesk.loadtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The closed model: {@code clients} callers, each sending its next request as soon as the previous one is
 * answered, as fast as the system goes: the maximum throughput at that concurrency. Latency counts from the
 * moment a request is sent. Requests sent during the warm-up are not recorded, except one still unanswered when
 * the window closes: its caller measured nothing, so it counts as an error ("no answer in the window") with the
 * time it had waited by then. A stack that stops answering shows as errors, never as an empty, error-free window.
 */
final class ClosedLoop {

    private static final long FAILURE_PAUSE_MILLIS = 10;
    private static final long NOT_IN_FLIGHT = Long.MIN_VALUE;

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
        List<Caller> callers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Caller caller = new Caller(scenario, recorder, measureStart, measureEnd, done);
            callers.add(caller);
            caller.next();
        }
        Sleep.until(measureStart);
        window.opened();
        Sleep.until(measureEnd);
        window.closed();
        long closedAt = System.nanoTime();
        for (Caller caller : callers) {
            long since = caller.inFlightSince;
            if (since != NOT_IN_FLIGHT && since < measureStart) {
                recorder.failure(since, closedAt, "no answer in the window");
            }
        }
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
        /** When the request now awaiting its answer was sent; {@link #NOT_IN_FLIGHT} between requests. */
        private volatile long inFlightSince = NOT_IN_FLIGHT;

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
            inFlightSince = start;
            http.send(call).whenComplete((answer, failure) -> {
                long end = System.nanoTime();
                inFlightSince = NOT_IN_FLIGHT;
                recorder.settle(scenario, call, answer, failure, start, end, start >= measureStart);
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
