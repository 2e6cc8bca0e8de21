package tw.smartdesk.reservation.domain;

import java.time.LocalTime;

/** One opening period of a day at a site, in the site's time zone. */
public record DayHours(LocalTime opens, LocalTime closes) {

    public DayHours {
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("A period closes after it opens: " + opens + "-" + closes);
        }
    }
}
