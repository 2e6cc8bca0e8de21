package tw.smartdesk.loadtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The latencies and errors of one measured scenario, in HdrHistogram (microseconds, 3 significant digits), overall
 * and per second of the run (by the second the request was due in, for the chart). Every completed request is
 * recorded, failed ones too (a timeout is part of what a user waits); errors are counted by kind besides, and so are
 * the refusals a scenario expects (neither successes nor errors).
 */
final class LatencyRecorder {

    /** Longest latency kept exactly; anything longer is recorded as this. */
    static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final long phaseStartNanos;
    private final Histogram overall = new Histogram(MAX_MICROS, 3);
    private final List<Histogram> perSecond = new ArrayList<>();
    private final Map<String, Long> errors = new TreeMap<>();
    private final Map<String, Long> refusals = new TreeMap<>();
    private long ok;

    LatencyRecorder(long phaseStartNanos) {
        this.phaseStartNanos = phaseStartNanos;
    }

    /** A 2xx answer to a request due (or sent, in a closed loop) at {@code startNanos}. */
    synchronized void success(long startNanos, long endNanos) {
        record(startNanos, endNanos);
        ok++;
    }

    /** A failed request: {@code kind} is e.g. "HTTP 500", "timeout", "connection". */
    synchronized void failure(long startNanos, long endNanos, String kind) {
        record(startNanos, endNanos);
        errors.merge(kind, 1L, Long::sum);
    }

    /** A non-2xx answer the scenario expects, e.g. "409 slot-full". */
    synchronized void refused(long startNanos, long endNanos, String kind) {
        record(startNanos, endNanos);
        refusals.merge(kind, 1L, Long::sum);
    }

    /**
     * How a request of {@code scenario} ended ({@code failure} when it got no answer): a 2xx answer is handed to the
     * scenario, any other to {@link Scenario#expectedRefusal}; if {@code measured}, the request is then recorded as a
     * success, an expected refusal or an error.
     */
    void settle(Scenario scenario, HttpCall call, HttpLoad.Answer answer, Throwable failure, long startNanos, long endNanos,
            boolean measured) {
        if (failure != null) {
            if (measured) {
                failure(startNanos, endNanos, HttpLoad.failureKind(failure));
            }
        } else if (answer.ok()) {
            scenario.answered(call, answer);
            if (measured) {
                success(startNanos, endNanos);
            }
        } else {
            Optional<String> refusal = scenario.expectedRefusal(call, answer);
            if (measured) {
                refusal.ifPresentOrElse(kind -> refused(startNanos, endNanos, kind),
                        () -> failure(startNanos, endNanos, "HTTP " + answer.status()));
            }
        }
    }

    private void record(long startNanos, long endNanos) {
        long micros = Math.min(MAX_MICROS, Math.max(0, (endNanos - startNanos) / 1000));
        overall.recordValue(micros);
        int second = (int) Math.max(0, (startNanos - phaseStartNanos) / 1_000_000_000L);
        while (perSecond.size() <= second) {
            perSecond.add(new Histogram(MAX_MICROS, 2));
        }
        perSecond.get(second).recordValue(micros);
    }

    /** The figures of the scenario measured over {@code seconds} (the window requests were started or due in). */
    synchronized ScenarioResult result(String name, String load, double seconds) {
        List<ScenarioResult.Second> timeline = new ArrayList<>();
        for (int i = 0; i < perSecond.size(); i++) {
            Histogram second = perSecond.get(i);
            if (second.getTotalCount() > 0) {
                timeline.add(new ScenarioResult.Second(i, second.getTotalCount(), millis(second.getValueAtPercentile(50)),
                        millis(second.getValueAtPercentile(99))));
            }
        }
        return new ScenarioResult(name, load, seconds, ok, Map.copyOf(errors), Map.copyOf(refusals), LatencySummary.of(overall), timeline);
    }

    static double millis(long micros) {
        return micros / 1000.0;
    }
}
