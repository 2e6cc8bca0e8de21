package tw.smartdesk.reservation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.reservation.ReservationPurpose;

/** A site's slots on one day; {@code closed} says why there are none when the site is closed. */
@Schema(name = "DaySlots")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DaySlotsView(String siteId, LocalDate date, ReservationPurpose purpose, String service, String closed,
        List<SlotView> slots) {
}
