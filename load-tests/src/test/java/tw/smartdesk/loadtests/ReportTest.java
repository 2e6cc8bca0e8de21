package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ReportTest {

    @Test
    void targetsCompareEachFigureWithTheSameRunsPgbench() {
        List<Targets.Check> checks = Targets.check(results(260, 80, Map.of()));

        // 260/s over 1000 tps = 0.26x, p99 80 ms, no errors
        assertThat(checks.get(0).ratio()).isEqualTo("0.260x");
        assertThat(checks.get(0).pass()).isTrue();
        // reads: 3000/s over 10000 tps = 0.30x with p99 20 ms
        assertThat(checks.get(1).ratio()).isEqualTo("0.300x");
        assertThat(checks.get(1).pass()).isTrue();
        assertThat(checks).extracting(Targets.Check::pass).containsOnly(true);
    }

    @Test
    void aSubmissionTargetFailsOnRatioOnLatencyOrOnAnyError() {
        assertThat(Targets.check(results(240, 80, Map.of())).get(0).pass()).isFalse();
        assertThat(Targets.check(results(300, 101, Map.of())).get(0).pass()).isFalse();
        Targets.Check withErrors = Targets.check(results(300, 80, Map.of("timeout", 1L))).get(0);
        assertThat(withErrors.pass()).isFalse();
        assertThat(withErrors.measured()).contains("timeout 1");
    }

    @Test
    void theReportHasEveryTableAndTheStandardOutputTheTargets() {
        BenchmarkResults results = results(260, 80, Map.of());
        String report = MarkdownReport.render(results, Targets.check(results));

        assertThat(report).contains("# SmartDesk benchmark (quick run)", "## Targets", "## pgbench baseline", "## Scenarios",
                "## Commit to consumed", "## Consumer lag", "## Reservations (reservation-service)", "## Processes under load", "## Flags",
                "## How it was measured");
        assertThat(report).contains("| reservation bookings spread | open, 15.0/s | 14.7/s | n/a |");
        assertThat(report).contains("| reservation hot slot, new residents | 1000 at once (most in flight 1000) | 1000 | 6 | 994 | none |");
        assertThat(report).contains("| submission, one service (HR-001) | closed, 64 clients | 260/s | 0.260x |");
        assertThat(report).contains("| analytics-service / application-events | 1000 of 1000 |");
        assertThat(report).contains("back to 0: 4.0 s after the burst");
        assertThat(report).contains("| application-service | 0.90 / 250 MB |");
    }

    @Test
    void aBusyGeneratorAndOtherWorkAreFlagged() {
        String flags = EnvironmentSection.flags(results(260, 80, Map.of(), 0.30, 1.0));

        assertThat(flags).contains("The load generator used 30.0% of the machine").contains("Other work used about")
                .contains("busiest: maven 14.0%");
    }

    @Test
    void congestionAndABurstThatOverloadedNothingAreFlagged() {
        BenchmarkResults results = results(40, 3000, Map.of());
        BenchmarkResults congested = new BenchmarkResults(results.title(), results.at(), results.machine(), results.options(),
                results.baseline(), results.stackReady(), results.submission(), new ScenarioResult("few", "closed, 8 clients", 10, 900,
                        Map.of(), Map.of(), new LatencySummary(9000, 8, 10, 12, 14, 15), List.of()), results.oneStop(), results.mine(),
                results.byId(), results.workQueue(), results.halfRate(), results.events(), results.burst(), results.lag(),
                results.burstSeconds(), results.recoveryLimit(), results.reservations(), results.machineFigures());

        assertThat(congested.maximumSubmissionRate()).isEqualTo(90);
        assertThat(EnvironmentSection.flags(congested)).contains("Congestion: 64 clients submitted 40.0/s")
                .contains("8 clients submitted 90.0/s");
        assertThat(EnvironmentSection.flags(results)).doesNotContain("Congestion");
        // the fixture's burst: p99 9000 ms, an overload; one answered quickly is flagged
        assertThat(EnvironmentSection.flags(results)).doesNotContain("did not overload");
    }

    @Test
    void theChartIsWellFormedSvgWithAPanelPerScenario() throws Exception {
        String svg = LatencyChart.render(results(260, 80, Map.of()).scenarios());

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        // two lines (p50, p99) per scenario that has a timeline
        assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(2 * 9);
        assertThat(svg).contains("GET /applications/{id}");
    }

    @Test
    void aSlowerLatencyIsDrawnHigher() {
        assertThat(LatencyChart.y(1000, 0)).isLessThan(LatencyChart.y(10, 0));
        assertThat(LatencyChart.y(1e9, 0)).isEqualTo(LatencyChart.y(100_000, 0));
    }

    @Test
    void figuresAreWrittenToSuitTheirSize() {
        assertThat(Format.ms(0.4231)).isEqualTo("0.42");
        assertThat(Format.ms(95.24)).isEqualTo("95.2");
        assertThat(Format.ms(1234.5)).isEqualTo("1235");
        assertThat(Format.rate(1234.4)).isEqualTo("1234/s");
        assertThat(Format.rate(12.34)).isEqualTo("12.3/s");
        assertThat(Format.ratio(250, 1000)).isEqualTo("0.250x");
        assertThat(Format.ratio(250, 0)).isEqualTo("n/a");
        assertThat(Format.errors(Map.of())).isEqualTo("none");
    }

    static BenchmarkResults results(double submissionsPerSecond, double submissionP99, Map<String, Long> errors) {
        return results(submissionsPerSecond, submissionP99, errors, 0.05, 0.6);
    }

    static BenchmarkResults results(double submissionsPerSecond, double submissionP99, Map<String, Long> errors, double generator, double busy) {
        PgbenchBaseline.Baseline baseline = new PgbenchBaseline.Baseline(32, 10, new PgbenchOutput(1000, 30, 10000, 0),
                new PgbenchOutput(10000, 3, 100000, 0));
        ScenarioResult submission = scenario("submission, one service (HR-001)", "closed, 64 clients", submissionsPerSecond, submissionP99, errors);
        ScenarioResult few = scenario("submission, one service (HR-001), 8 clients", "closed, 8 clients", submissionsPerSecond * 0.9, 20, Map.of());
        ScenarioResult oneStop = scenario("one-stop submission, three services (HR-001, HR-002, HR-003)", "closed, 64 clients", 100, 90, Map.of());
        ScenarioResult mine = scenario("status read GET /applications/mine", "closed, 64 clients", 3000, 20, Map.of());
        ScenarioResult byId = scenario("status read GET /applications/{id}", "closed, 64 clients", 3000, 20, Map.of());
        ScenarioResult queue = scenario("work queue GET /applications (clerk)", "closed, 64 clients", 800, 60, Map.of());
        ScenarioResult half = scenario("submission at half the maximum rate", "open, 130.0/s", 130, 40, Map.of());
        ScenarioResult burst = scenario("burst at 1.5x the maximum rate", "open, 390.0/s", 260, 9000, Map.of());
        EventLatency.Result events = new EventLatency.Result(1000,
                Map.of("analytics-service / application-events", new LatencySummary(990, 40, 80, 300, 500, 700)),
                Map.of("analytics-service / application-events", 1000L), new LatencySummary(1000, 10, 20, 30, 40, 50));
        List<LagPoint> lag = List.of(new LagPoint(0, Map.of("analytics-service", 0L), Map.of("application-service", 0L)),
                new LagPoint(20, Map.of("analytics-service", 900L), Map.of("application-service", 40L)),
                new LagPoint(24, Map.of("analytics-service", 0L), Map.of("application-service", 0L)));
        List<MachineFigures> machine = List.of(new MachineFigures(submission.name(), 10, 2, generator, busy, 0.02, List.of("maven 14.0%"),
                Map.of("application-service", new MachineFigures.Usage(0.9, 250, 270), "analytics-service", new MachineFigures.Usage(0.2, 200, 210),
                        "reservation-service", new MachineFigures.Usage(0.01, 150, 160), "pickup-locker-service", new MachineFigures.Usage(0.01, 150, 160),
                        "notification-service", new MachineFigures.Usage(0.01, 150, 160))));
        return new BenchmarkResults("quick", OffsetDateTime.parse("2026-05-01T10:00:00+08:00"), "2 CPUs", BenchmarkOptions.parse("--quick"),
                baseline, Duration.ofSeconds(42), submission, few, oneStop, mine, byId, queue, half, events, burst, lag, 20,
                Duration.ofMinutes(2), reservations(), machine);
    }

    /** A spread that booked 300 places at 15/s and two hot-slot rounds that each booked exactly their 6 places. */
    static ReservationResults reservations() {
        ScenarioResult spread = new ScenarioResult(ReservationPhases.SPREAD, "open, 15.0/s", 15, 220, Map.of(),
                Map.of(BookingRequests.SLOT_FULL, 5L), new LatencySummary(225, 30, 50, 80, 90, 95),
                List.of(new ScenarioResult.Second(0, 15, 30, 80), new ScenarioResult.Second(1, 15, 30, 80)));
        return new ReservationResults(null, "5 open days, 190 APPLY slots, 1140 places left",
                new ReservationResults.Spread(spread, 15, 15, 1140, 840, 300),
                List.of(hotSlot(ReservationPhases.HOT_SLOT_ROUNDS.get(0), 6, 994, Map.of(), 0, 150),
                        hotSlot(ReservationPhases.HOT_SLOT_ROUNDS.get(1), 6, 994, Map.of(), 0, 120)));
    }

    /** A round of 1000 attempts on a slot that had 6 places. */
    static ReservationResults.HotSlot hotSlot(String name, long booked, long slotFull, Map<String, Long> errors, int left, double p99) {
        long answers = booked + slotFull + errors.values().stream().mapToLong(Long::longValue).sum();
        ScenarioResult result = new ScenarioResult(name, "1000 at once", 0.8, booked, errors, Map.of(BookingRequests.SLOT_FULL, slotFull),
                new LatencySummary(answers, p99 / 3, p99 / 2, p99, p99, p99 * 1.1), List.of(new ScenarioResult.Second(0, answers, p99 / 3, p99)));
        return new ReservationResults.HotSlot(result, "2026-12-09T01:00:00Z", 6, 1000, 1000, left);
    }

    private static ScenarioResult scenario(String name, String load, double perSecond, double p99, Map<String, Long> errors) {
        return new ScenarioResult(name, load, 10, Math.round(perSecond * 10), errors, Map.of(), new LatencySummary(100, p99 / 4, p99 / 2, p99, p99 * 1.5, p99 * 2),
                List.of(new ScenarioResult.Second(0, 50, p99 / 4, p99), new ScenarioResult.Second(1, 50, p99 / 4, p99)));
    }
}
