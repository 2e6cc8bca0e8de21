package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    private static final long START = 5_000_000_000L;
    private static final long MS = 1_000_000L;

    @Test
    void percentilesComeFromEveryRecordedRequest() {
        LatencyRecorder recorder = new LatencyRecorder(START);
        for (int i = 1; i <= 100; i++) {
            recorder.success(START, START + i * MS);
        }

        ScenarioResult result = recorder.result("reads", "closed, 1 clients", 10);

        assertThat(result.latency().count()).isEqualTo(100);
        assertThat(result.latency().p50()).isCloseTo(50, within(0.1));
        assertThat(result.latency().p90()).isCloseTo(90, within(0.1));
        assertThat(result.latency().p99()).isCloseTo(99, within(0.1));
        assertThat(result.latency().max()).isCloseTo(100, within(0.1));
        assertThat(result.throughput()).isEqualTo(10);
        assertThat(result.errorCount()).isZero();
    }

    @Test
    void failuresAreCountedByKindAndTheirWaitIsInTheLatencies() {
        LatencyRecorder recorder = new LatencyRecorder(START);
        recorder.success(START, START + MS);
        recorder.failure(START, START + 30_000 * MS, "timeout");
        recorder.failure(START, START + 2 * MS, "HTTP 500");
        recorder.failure(START, START + 3 * MS, "HTTP 500");

        ScenarioResult result = recorder.result("submissions", "open, 10.0/s", 1);

        assertThat(result.errors()).isEqualTo(Map.of("timeout", 1L, "HTTP 500", 2L));
        assertThat(result.errorCount()).isEqualTo(3);
        assertThat(result.ok()).isEqualTo(1);
        assertThat(result.throughput()).isEqualTo(1);
        assertThat(result.latency().max()).isCloseTo(30_000, within(30.0));
    }

    @Test
    void refusalsTheScenarioExpectsAreCountedApartFromErrorsAndSuccesses() {
        Scenario bookings = new Scenario() {
            @Override
            public String name() {
                return "bookings";
            }

            @Override
            public HttpCall next() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<String> expectedRefusal(HttpCall call, HttpLoad.Answer answer) {
                return answer.status() == 409 ? Optional.of("409 slot-full") : Optional.empty();
            }
        };
        HttpCall call = HttpCall.get(1, "/", null);
        LatencyRecorder recorder = new LatencyRecorder(START);
        recorder.settle(bookings, call, new HttpLoad.Answer(201, null), null, START, START + MS, true);
        recorder.settle(bookings, call, new HttpLoad.Answer(409, null), null, START, START + 2 * MS, true);
        recorder.settle(bookings, call, new HttpLoad.Answer(422, null), null, START, START + 3 * MS, true);
        recorder.settle(bookings, call, new HttpLoad.Answer(409, null), null, START, START + 4 * MS, false);

        ScenarioResult result = recorder.result("bookings", "open, 3.0/s", 1);

        assertThat(result.ok()).isEqualTo(1);
        assertThat(result.refusals()).isEqualTo(Map.of("409 slot-full", 1L));
        assertThat(result.errors()).isEqualTo(Map.of("HTTP 422", 1L));
        assertThat(result.latency().count()).isEqualTo(3);
    }

    @Test
    void theTimelineGroupsRequestsByTheSecondTheyWereDueIn() {
        LatencyRecorder recorder = new LatencyRecorder(START);
        recorder.success(START + 100 * MS, START + 110 * MS);
        recorder.success(START + 900 * MS, START + 2_900 * MS);
        recorder.success(START + 2_500 * MS, START + 2_501 * MS);

        ScenarioResult result = recorder.result("burst", "open, 3.0/s", 3);

        assertThat(result.timeline()).extracting(ScenarioResult.Second::second).containsExactly(0, 2);
        ScenarioResult.Second first = result.timeline().get(0);
        assertThat(first.count()).isEqualTo(2);
        assertThat(first.p50()).isCloseTo(10, within(0.5));
        assertThat(first.p99()).isCloseTo(2000, within(20.0));
    }

    @Test
    void anEmptyScenarioHasNoPercentiles() {
        ScenarioResult result = new LatencyRecorder(START).result("nothing", "closed, 1 clients", 5);

        assertThat(result.latency().count()).isZero();
        assertThat(result.latency().p99()).isNaN();
        assertThat(Format.ms(result.latency().p99())).isEqualTo("n/a");
    }
}
