package tw.smartdesk.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void weekendsAreSkipped() {
        WorkingDays calendar = new WorkingDays(Map.of());
        assertThat(calendar.add(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.add(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void holidaysAreSkippedAndMakeUpWorkdaysCount() {
        WorkingDays calendar = new WorkingDays(Map.of(
                LocalDate.of(2026, 11, 30), false,
                LocalDate.of(2026, 11, 28), true));
        assertThat(calendar.add(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(calendar.add(FRIDAY, 2)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void zeroDaysIsTheFirstWorkingDayOnOrAfterTheStart() {
        WorkingDays calendar = new WorkingDays(Map.of());
        assertThat(calendar.add(FRIDAY, 0)).isEqualTo(FRIDAY);
        assertThat(calendar.add(LocalDate.of(2026, 11, 28), 0)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> new WorkingDays(Map.of()).add(FRIDAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
