package tw.smartdesk.reservation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.reservation.BookingChannel;
import tw.smartdesk.events.reservation.ReservationPurpose;
import tw.smartdesk.reservation.domain.Reservation;
import tw.smartdesk.reservation.domain.ReservationStatus;

class CalendarFileTest {

    private static final CalendarFile.Place CENTER = new CalendarFile.Place("臺東縣政府聯合服務中心",
            "Taitung County Civil Service Center", "臺東縣臺東市中山路276號", "No. 276, Zhongshan Rd., Taitung City", "089-347550");

    private static Reservation reservation(ReservationStatus status) {
        return new Reservation(UUID.fromString("6b1f0c0e-0000-4000-8000-000000000001"), "TTCSC-MAIN", UUID.randomUUID(), "3",
                "APL-0123456789abcdef01234567", ReservationPurpose.APPLY, List.of("HR-001", "HR-002"), List.of(), false,
                BookingChannel.ONLINE, "resident", null, LocalDate.of(2026, 12, 3), Instant.parse("2026-12-03T01:00:00Z"),
                Instant.parse("2026-12-03T01:15:00Z"), status, null, null, null, Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void oneEventInUtcWithTheSiteAndAReminder() {
        String file = CalendarFile.of(reservation(ReservationStatus.BOOKED), CENTER, Instant.parse("2026-12-02T00:00:00Z"));
        String unfolded = file.replace("\r\n ", "");
        assertThat(unfolded).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("UID:6b1f0c0e-0000-4000-8000-000000000001@smartdesk.taitung.gov.tw\r\n")
                .contains("DTSTART:20261203T010000Z\r\n", "DTEND:20261203T011500Z\r\n", "DTSTAMP:20261202T000000Z\r\n")
                .contains("LOCATION:臺東縣臺東市中山路276號 / No. 276\\, Zhongshan Rd.\\, Taitung City\r\n")
                .contains("STATUS:CONFIRMED", "TRIGGER:-PT1H", "HR-001\\, HR-002")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void linesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String file = CalendarFile.of(reservation(ReservationStatus.CANCELLED), CENTER, Instant.now());
        for (String line : file.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(file).contains("STATUS:CANCELLED");
    }

    @Test
    void textValuesAreEscaped() {
        assertThat(CalendarFile.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    }
}
