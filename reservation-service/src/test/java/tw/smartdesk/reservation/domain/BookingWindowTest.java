package tw.smartdesk.reservation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BookingWindowTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final BookingWindow WINDOW = new BookingWindow(1, 7);
    /** 23:30 on 2 December in Taipei (15:30Z). */
    private static final Instant LATE_EVENING = Instant.parse("2026-12-02T15:30:00Z");
    /** 00:30 on 3 December in Taipei, 16:30Z on the 2nd: the site's calendar decides. */
    private static final Instant AFTER_MIDNIGHT_IN_TAIPEI = Instant.parse("2026-12-02T16:30:00Z");

    @Test
    void fromTomorrowToAWeekAheadAtTheSite() {
        assertThat(WINDOW.refusal(LocalDate.of(2026, 12, 3), LATE_EVENING, TAIPEI)).isEmpty();
        assertThat(WINDOW.refusal(LocalDate.of(2026, 12, 9), LATE_EVENING, TAIPEI)).isEmpty();
        assertThat(WINDOW.refusal(LocalDate.of(2026, 12, 2), LATE_EVENING, TAIPEI)).hasValueSatisfying(
                why -> assertThat(why).contains("too soon"));
        assertThat(WINDOW.refusal(LocalDate.of(2026, 12, 10), LATE_EVENING, TAIPEI)).hasValueSatisfying(
                why -> assertThat(why).contains("too far ahead"));
        assertThat(WINDOW.refusal(LocalDate.of(2026, 11, 30), LATE_EVENING, TAIPEI)).hasValueSatisfying(
                why -> assertThat(why).contains("in the past"));
    }

    @Test
    void theDayTurnsAtMidnightInTheSitesTimeZoneNotInUtc() {
        assertThat(WINDOW.refusal(LocalDate.of(2026, 12, 3), AFTER_MIDNIGHT_IN_TAIPEI, TAIPEI)).isPresent();
        assertThat(WINDOW.refusal(LocalDate.of(2026, 12, 10), AFTER_MIDNIGHT_IN_TAIPEI, TAIPEI)).isEmpty();
    }
}
