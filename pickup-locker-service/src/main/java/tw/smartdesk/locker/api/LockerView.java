package tw.smartdesk.locker.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.locker.domain.Locker;
import tw.smartdesk.locker.domain.LockerStatus;
import tw.smartdesk.locker.domain.SizeCapacity;

/**
 * A locker bank and what it can take now.
 *
 * @param capacity one entry per size (S, M, L); a locker out of service has nothing free
 */
@Schema(name = "Locker")
public record LockerView(
        UUID id,
        @Schema(example = "TTCSC-MAIN") String siteId,
        @Schema(example = "A") String code,
        LocalizedText name,
        LocalizedText location,
        @Schema(example = "IN_SERVICE") LockerStatus status,
        List<CapacityView> capacity) {

    public static LockerView of(Locker locker, List<SizeCapacity> capacity) {
        return new LockerView(locker.id, locker.siteId, locker.code, new LocalizedText(locker.nameZh, locker.nameEn),
                new LocalizedText(locker.locationZh, locker.locationEn), locker.status,
                capacity.stream().map(CapacityView::of).toList());
    }
}
