package tw.smartdesk.loadtests;

import org.HdrHistogram.Histogram;

/** The percentiles of a latency histogram, in milliseconds. */
record LatencySummary(long count, double p50, double p90, double p99, double p999, double max) {

    static final LatencySummary EMPTY = new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** From a histogram of microseconds. */
    static LatencySummary of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return EMPTY;
        }
        return new LatencySummary(micros.getTotalCount(), LatencyRecorder.millis(micros.getValueAtPercentile(50)),
                LatencyRecorder.millis(micros.getValueAtPercentile(90)), LatencyRecorder.millis(micros.getValueAtPercentile(99)),
                LatencyRecorder.millis(micros.getValueAtPercentile(99.9)), LatencyRecorder.millis(micros.getMaxValue()));
    }
}
