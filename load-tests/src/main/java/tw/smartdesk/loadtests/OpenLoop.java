package tw.smartdesk.loadtests;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The open model: requests arrive at a constant rate whatever the system does, as residents do. Each request is
 * due at its time on the {@link ArrivalSchedule} and its latency counts from then, so time spent waiting behind
 * slow answers (in the generator's connection queue or the server's) is measured; requests still unanswered at the
 * end count as timeouts. Requests due during the warm-up are not recorded.
 */
final class OpenLoop {

    private final HttpLoad http;
    private final Duration timeout;

    OpenLoop(HttpLoad http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    ScenarioResult run(Scenario scenario, double ratePerSecond, Duration warmup, Duration measure, MeasureWindow window) {
        long begin = System.nanoTime();
        long measureStart = begin + warmup.toNanos();
        ArrivalSchedule schedule = new ArrivalSchedule(begin, ratePerSecond, warmup.plus(measure).toNanos());
        LatencyRecorder recorder = new LatencyRecorder(measureStart);
        AtomicLong inFlight = new AtomicLong();
        boolean opened = false;
        long sent = 0;
        while (true) {
            long now = System.nanoTime();
            if (!opened && now >= measureStart) {
                window.opened();
                opened = true;
            }
            for (long due = schedule.dueBy(now); sent < due; sent++) {
                issue(scenario, schedule.intendedNanos(sent), measureStart, recorder, inFlight);
            }
            if (schedule.finished(now)) {
                break;
            }
            long next = schedule.intendedNanos(sent);
            Sleep.until(opened ? next : Math.min(next, measureStart));
        }
        window.closed();
        awaitAnswers(inFlight, recorder);
        String load = String.format(Locale.ROOT, "open, %.1f/s", ratePerSecond);
        return recorder.result(scenario.name(), load, measure.toMillis() / 1000.0);
    }

    private void issue(Scenario scenario, long intended, long measureStart, LatencyRecorder recorder, AtomicLong inFlight) {
        boolean measured = intended >= measureStart;
        HttpCall call = scenario.next();
        inFlight.incrementAndGet();
        http.send(call).whenComplete((answer, failure) -> {
            recorder.settle(scenario, call, answer, failure, intended, System.nanoTime(), measured);
            inFlight.decrementAndGet();
        });
    }

    /** Waits for the last answers: each request ends by its own timeout, plus a margin for the queue. */
    private void awaitAnswers(AtomicLong inFlight, LatencyRecorder recorder) {
        long deadline = System.nanoTime() + timeout.multipliedBy(2).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Sleep.millis(50);
        }
        long left = inFlight.get();
        if (left > 0) {
            long now = System.nanoTime();
            for (long i = 0; i < left; i++) {
                recorder.failure(now - timeout.multipliedBy(2).toNanos(), now, "unanswered at the end");
            }
        }
    }
}
