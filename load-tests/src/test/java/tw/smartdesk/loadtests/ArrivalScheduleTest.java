package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

    private static final long START = 1_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void requestsAreDueEvenlyFromTheStart() {
        ArrivalSchedule schedule = new ArrivalSchedule(START, 100, SECOND);

        assertThat(schedule.intendedNanos(0)).isEqualTo(START);
        assertThat(schedule.intendedNanos(1)).isEqualTo(START + 10_000_000);
        assertThat(schedule.intendedNanos(100)).isEqualTo(START + SECOND);
    }

    @Test
    void dueCountsTheRequestsWhoseTimeHasCome() {
        ArrivalSchedule schedule = new ArrivalSchedule(START, 100, SECOND);

        assertThat(schedule.dueBy(START - 1)).isZero();
        assertThat(schedule.dueBy(START)).isEqualTo(1);
        assertThat(schedule.dueBy(START + 9_999_999)).isEqualTo(1);
        assertThat(schedule.dueBy(START + 10_000_000)).isEqualTo(2);
        assertThat(schedule.dueBy(START + 500_000_000)).isEqualTo(51);
    }

    @Test
    void aLateGeneratorFindsEveryMissedRequestDueAtOnce() {
        ArrivalSchedule schedule = new ArrivalSchedule(START, 1000, 10 * SECOND);

        // the generator wakes 250 ms late: 250 requests are due, each keeping its own intended time
        long due = schedule.dueBy(START + 250_000_000);

        assertThat(due).isEqualTo(251);
        assertThat(schedule.intendedNanos(due - 1)).isEqualTo(START + 250_000_000);
    }

    @Test
    void theRunEndsAfterItsDurationWithTheRateTimesTheDuration() {
        ArrivalSchedule schedule = new ArrivalSchedule(START, 100, 3 * SECOND);

        assertThat(schedule.total()).isEqualTo(300);
        assertThat(schedule.dueBy(START + 60 * SECOND)).isEqualTo(300);
        assertThat(schedule.finished(START + 3 * SECOND - 1)).isFalse();
        assertThat(schedule.finished(START + 3 * SECOND)).isTrue();
    }

    @Test
    void fractionalRatesKeepTheirAverage() {
        ArrivalSchedule schedule = new ArrivalSchedule(START, 2.5, 4 * SECOND);

        assertThat(schedule.total()).isEqualTo(10);
        assertThat(schedule.intendedNanos(1)).isEqualTo(START + 400_000_000);
        assertThat(schedule.intendedNanos(3)).isEqualTo(START + 1_200_000_000);
    }

    @Test
    void everyRequestIsDueNoEarlierThanItsIntendedTime() {
        ArrivalSchedule schedule = new ArrivalSchedule(START, 333.3, 2 * SECOND);

        for (long now = START; now < START + 2 * SECOND; now += 1_234_567) {
            long due = schedule.dueBy(now);
            assertThat(schedule.intendedNanos(due - 1)).isLessThanOrEqualTo(now);
            if (due < schedule.total()) {
                assertThat(schedule.intendedNanos(due)).isGreaterThan(now);
            }
        }
    }

    @Test
    void aRateMustBeAboveZero() {
        assertThatThrownBy(() -> new ArrivalSchedule(START, 0, SECOND)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArrivalSchedule(START, Double.NaN, SECOND)).isInstanceOf(IllegalArgumentException.class);
    }
}
