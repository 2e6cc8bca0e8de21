package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LagPointTest {

    @Test
    void recoveryIsTheFirstMomentAfterTheLoadWithNothingLeftToDeliver() {
        List<LagPoint> points = List.of(
                point(5, 0, 0),
                point(10, 300, 20),
                point(20, 100, 0),
                point(25, 0, 12),
                point(31, 0, 0),
                point(32, 4, 0));

        assertThat(LagPoint.recovery(points, 10)).hasValue(21.0);
        assertThat(LagPoint.peak(points)).isEqualTo(320);
    }

    @Test
    void aMomentBeforeTheLoadEndedDoesNotCount() {
        assertThat(LagPoint.recovery(List.of(point(5, 0, 0), point(15, 7, 0)), 10)).isEmpty();
    }

    @Test
    void anOutboxThatCouldNotBeReadIsNotDrained() {
        LagPoint unknown = new LagPoint(12, Map.of("analytics-service", 0L), Map.of("application-service", -1L));

        assertThat(unknown.drained()).isFalse();
    }

    private static LagPoint point(double at, long lag, long backlog) {
        return new LagPoint(at, Map.of("analytics-service", lag, "application-service", 0L), Map.of("application-service", backlog));
    }
}
