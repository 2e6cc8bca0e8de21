package tw.smartdesk.reservation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** The days a slot may be booked on: from {@code minDaysAhead} to {@code maxDaysAhead} days after today at the site. */
public record BookingWindow(int minDaysAhead, int maxDaysAhead) {

    public LocalDate first(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).plusDays(minDaysAhead);
    }

    public LocalDate last(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).plusDays(maxDaysAhead);
    }

    /** Why {@code day} cannot be booked at {@code now}; empty when it can. */
    public Optional<String> refusal(LocalDate day, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (day.isBefore(today)) {
            return Optional.of(day + " is in the past");
        }
        if (day.isBefore(first(now, zone))) {
            return Optional.of("slots can be booked from " + first(now, zone) + " (" + minDaysAhead
                    + " day(s) ahead); " + day + " is too soon");
        }
        if (day.isAfter(last(now, zone))) {
            return Optional.of("slots can be booked up to " + last(now, zone) + " (" + maxDaysAhead
                    + " days ahead); " + day + " is too far ahead");
        }
        return Optional.empty();
    }
}
