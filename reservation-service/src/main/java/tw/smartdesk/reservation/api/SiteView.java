package tw.smartdesk.reservation.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.reservation.domain.Counter;
import tw.smartdesk.reservation.domain.OpeningHours;
import tw.smartdesk.reservation.domain.Site;

/**
 * A site as residents and staff see it.
 *
 * @param openingHours regular weekly hours in {@code timeZone}; a weekday without entries is closed
 */
@Schema(name = "Site")
public record SiteView(
        @Schema(example = "TTCSC-MAIN") String id,
        LocalizedText name,
        LocalizedText address,
        @Schema(example = "089-347550") String phone,
        @Schema(example = "Asia/Taipei") String timeZone,
        List<OpeningHoursView> openingHours,
        List<CounterView> counters) {

    public static SiteView of(Site site, List<OpeningHours> openingHours, List<Counter> counters) {
        return new SiteView(site.id, new LocalizedText(site.nameZh, site.nameEn),
                new LocalizedText(site.addressZh, site.addressEn), site.phone, site.timeZone,
                openingHours.stream().map(OpeningHoursView::of).toList(),
                counters.stream().map(CounterView::of).toList());
    }
}
