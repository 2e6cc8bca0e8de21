package tw.smartdesk.loadtests;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything one benchmark run measured, for the report.
 *
 * @param title e.g. "quick" or "full"
 * @param machine a line about the machine and the code measured
 * @param baseline the pgbench figures of this run
 * @param stackReady launch of {@code ./smartdesk up} until every service answered ready
 * @param submission ONLINE, one service, closed loop of the 64 clients
 * @param submissionFew the same with fewer clients; the higher of the two throughputs is the maximum submission rate
 * @param oneStop ONLINE, three services in one submission, closed loop
 * @param mine {@code GET /applications/mine}, closed loop
 * @param byId {@code GET /applications/{id}}, closed loop
 * @param workQueue the clerk's {@code GET /applications}, closed loop
 * @param halfRate submissions at half the maximum rate, open model, during which event latency was measured
 * @param events commit to consumed, per consumer, of the half-rate window's events
 * @param burst submissions at 1.5 times the maximum rate, open model
 * @param lag consumer lag and outbox backlog from the start of the burst on
 * @param recoveryLimit how long the lag may take to get back to 0 after the burst
 * @param reservations the reservation scenarios: bookings spread over the window, and the hot slot
 * @param machineFigures CPU and memory around every measured window
 */
record BenchmarkResults(String title, OffsetDateTime at, String machine, BenchmarkOptions options, PgbenchBaseline.Baseline baseline,
        Duration stackReady, ScenarioResult submission, ScenarioResult submissionFew, ScenarioResult oneStop, ScenarioResult mine, ScenarioResult byId,
        ScenarioResult workQueue, ScenarioResult halfRate, EventLatency.Result events, ScenarioResult burst, List<LagPoint> lag,
        double burstSeconds, Duration recoveryLimit, ReservationResults reservations, List<MachineFigures> machineFigures) {

    /** The HTTP scenarios of sustained load in the order they ran (the hot slot's bursts are in {@link #reservations()}). */
    List<ScenarioResult> scenarios() {
        List<ScenarioResult> all = new ArrayList<>();
        for (ScenarioResult result : new ScenarioResult[] {submission, submissionFew, oneStop, mine, byId, workQueue, halfRate, burst,
                spreadBookings()}) {
            if (result != null) {
                all.add(result);
            }
        }
        return all;
    }

    /** The spread reservation scenario's figures, if it ran. */
    ScenarioResult spreadBookings() {
        return reservations == null || reservations.spread() == null ? null : reservations.spread().result();
    }

    /**
     * The pgbench transaction a scenario is compared with: submissions with the submission, the application reads with
     * the read; none (NaN) for bookings, which run at a set rate.
     */
    double baselineFor(ScenarioResult result) {
        if (result == spreadBookings()) {
            return Double.NaN;
        }
        boolean write = result == submission || result == submissionFew || result == oneStop || result == halfRate || result == burst;
        return write ? baseline.submission().tps() : baseline.read().tps();
    }

    Optional<MachineFigures> machineOf(ScenarioResult result) {
        return machineFigures.stream().filter(figures -> figures.scenario().equals(result.name()))
                .findFirst();
    }

    /** The maximum submission rate: the higher closed-loop throughput of one-service submissions. */
    double maximumSubmissionRate() {
        return Math.max(submission.throughput(), submissionFew == null ? 0 : submissionFew.throughput());
    }

    /** Seconds from the end of the burst until nothing was left to deliver, if that happened while watched. */
    Optional<Double> recovery() {
        return LagPoint.recovery(lag, burstSeconds);
    }
}
