package tw.smartdesk.reservation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoShowPolicyTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final NoShowPolicy POLICY = new NoShowPolicy(3, Period.ofMonths(6), Period.ofMonths(6), TAIPEI);
    private static final Instant NOW = Instant.parse("2026-12-02T04:00:00Z");

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void threeNoShowsWithinSixMonthsSuspendForSixMonthsFromTheThird() {
        List<Instant> noShows = List.of(at("2026-07-01T01:00:00Z"), at("2026-09-01T01:00:00Z"), at("2026-11-20T01:00:00Z"));
        assertThat(POLICY.suspendedUntil(noShows, null, NOW)).hasValue(at("2027-05-20T01:00:00Z"));
    }

    @Test
    void twoNoShowsDoNotSuspend() {
        assertThat(POLICY.suspendedUntil(List.of(at("2026-11-01T01:00:00Z"), at("2026-11-20T01:00:00Z")), null, NOW)).isEmpty();
    }

    @Test
    void threeNoShowsSpreadOverMoreThanSixMonthsDoNotSuspend() {
        List<Instant> noShows = List.of(at("2026-03-01T01:00:00Z"), at("2026-08-01T01:00:00Z"), at("2026-11-20T01:00:00Z"));
        assertThat(POLICY.suspendedUntil(noShows, null, NOW)).isEmpty();
    }

    @Test
    void aSuspensionEndsAfterSixMonths() {
        List<Instant> noShows = List.of(at("2025-11-01T01:00:00Z"), at("2025-12-01T01:00:00Z"), at("2026-01-05T01:00:00Z"));
        assertThat(POLICY.suspendedUntil(noShows, null, NOW)).isEmpty();
        assertThat(POLICY.suspendedUntil(noShows, null, at("2026-07-01T00:00:00Z"))).hasValue(at("2026-07-05T01:00:00Z"));
    }

    @Test
    void aClerksLiftForgivesEveryNoShowBeforeIt() {
        List<Instant> noShows = List.of(at("2026-09-01T01:00:00Z"), at("2026-10-01T01:00:00Z"), at("2026-11-01T01:00:00Z"));
        assertThat(POLICY.suspendedUntil(noShows, at("2026-11-02T00:00:00Z"), NOW)).isEmpty();
        List<Instant> again = List.of(at("2026-09-01T01:00:00Z"), at("2026-11-10T01:00:00Z"), at("2026-11-20T01:00:00Z"),
                at("2026-11-30T01:00:00Z"));
        assertThat(POLICY.suspendedUntil(again, at("2026-11-02T00:00:00Z"), NOW)).hasValue(at("2027-05-30T01:00:00Z"));
    }

    @Test
    void theOrderTheNoShowsComeInDoesNotMatter() {
        List<Instant> noShows = List.of(at("2026-11-20T01:00:00Z"), at("2026-07-01T01:00:00Z"), at("2026-09-01T01:00:00Z"));
        assertThat(POLICY.suspendedUntil(noShows, null, NOW)).hasValue(at("2027-05-20T01:00:00Z"));
    }
}
