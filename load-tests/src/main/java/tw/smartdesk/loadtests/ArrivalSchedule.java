package tw.smartdesk.loadtests;

/**
 * The intended start times of an open-model load: request {@code i} is due at {@code start + i / rate}, whatever
 * happened to the requests before it. A generator that falls behind sends the late ones at once, and their latency
 * still counts from the intended time, so waiting in a queue shows up in the figures (no coordinated omission).
 */
final class ArrivalSchedule {

    private final long startNanos;
    private final double ratePerSecond;
    private final long endNanos;

    /**
     * @param startNanos the {@link System#nanoTime()} of the first request
     * @param ratePerSecond requests per second, above zero
     * @param durationNanos how long requests are issued; the last one is due before {@code start + duration}
     */
    ArrivalSchedule(long startNanos, double ratePerSecond, long durationNanos) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("The arrival rate must be above zero, not " + ratePerSecond);
        }
        this.startNanos = startNanos;
        this.ratePerSecond = ratePerSecond;
        this.endNanos = startNanos + durationNanos;
    }

    /** When request {@code index} (from 0) is due. */
    long intendedNanos(long index) {
        return startNanos + Math.round(index * 1e9 / ratePerSecond);
    }

    /** How many requests are due at {@code nowNanos} (those with an intended time at or before it), within the run. */
    long dueBy(long nowNanos) {
        long until = Math.min(nowNanos, endNanos - 1);
        if (until < startNanos) {
            return 0;
        }
        // floor((until - start) * rate / 1e9) + 1, corrected for the rounding of intendedNanos
        long count = (long) Math.floor((until - startNanos) * ratePerSecond / 1e9) + 1;
        while (count > 0 && intendedNanos(count - 1) > until) {
            count--;
        }
        while (intendedNanos(count) <= until) {
            count++;
        }
        return count;
    }

    /** The number of requests in the whole run. */
    long total() {
        return dueBy(endNanos - 1);
    }

    boolean finished(long nowNanos) {
        return nowNanos >= endNanos;
    }

    long startNanos() {
        return startNanos;
    }

    long endNanos() {
        return endNanos;
    }

    double ratePerSecond() {
        return ratePerSecond;
    }
}
