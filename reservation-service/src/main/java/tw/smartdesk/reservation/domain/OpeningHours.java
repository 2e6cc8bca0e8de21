package tw.smartdesk.reservation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening period of a site on a weekday, in the site's time zone; a day may have several. */
@Entity
@Table(name = "opening_hours")
public class OpeningHours {

    @Id
    public Long id;

    @Column(name = "site_id", nullable = false)
    public String siteId;

    /** ISO 8601 day number: 1 is Monday, 7 is Sunday. */
    @Column(name = "day_of_week", nullable = false)
    public short isoDayOfWeek;

    @Column(name = "opens_at", nullable = false)
    public LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    public LocalTime closesAt;

    public DayOfWeek dayOfWeek() {
        return DayOfWeek.of(isoDayOfWeek);
    }
}
