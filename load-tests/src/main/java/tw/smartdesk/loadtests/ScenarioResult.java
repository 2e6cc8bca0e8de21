package tw.smartdesk.loadtests;

import java.util.List;
import java.util.Map;

/**
 * What one scenario measured.
 *
 * @param name e.g. "submission, one service"
 * @param load how it was driven, e.g. "closed, 64 clients" or "open, 120.0/s"
 * @param seconds the measured window (requests started, or due, in it)
 * @param ok requests answered with 2xx
 * @param errors failed requests by kind ("HTTP 500", "timeout", "connection", ...)
 * @param refusals non-2xx answers the scenario expects, by kind (e.g. "409 slot-full"): neither ok nor errors
 * @param latency every completed request, failed ones included
 * @param timeline p50 and p99 per second of the window, for the chart
 */
record ScenarioResult(String name, String load, double seconds, long ok, Map<String, Long> errors, Map<String, Long> refusals,
        LatencySummary latency, List<Second> timeline) {

    /** One second of the run: requests due in it and their p50 and p99 in milliseconds. */
    record Second(int second, long count, double p50, double p99) {
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    long refusals(String kind) {
        return refusals.getOrDefault(kind, 0L);
    }

    /** Successful requests per second of the window. */
    double throughput() {
        return seconds > 0 ? ok / seconds : 0;
    }
}
