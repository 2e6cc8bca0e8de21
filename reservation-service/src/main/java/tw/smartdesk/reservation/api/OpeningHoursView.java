package tw.smartdesk.reservation.api;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.reservation.domain.OpeningHours;

/** A weekday's opening period, local time of the site (HH:mm). */
@Schema(name = "OpeningHours")
public record OpeningHoursView(
        @Schema(example = "MONDAY") DayOfWeek dayOfWeek,
        @Schema(example = "08:00") String opens,
        @Schema(example = "17:30") String closes) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public static OpeningHoursView of(OpeningHours period) {
        return new OpeningHoursView(period.dayOfWeek(), HH_MM.format(period.opensAt), HH_MM.format(period.closesAt));
    }
}
