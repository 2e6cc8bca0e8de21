package tw.smartdesk.locker.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.locker.CompartmentSize;
import tw.smartdesk.locker.domain.SizeCapacity;

/** Compartments of one size in a locker: how many, and how many are free now. */
@Schema(name = "Capacity")
public record CapacityView(
        @Schema(example = "S") CompartmentSize size,
        @Schema(example = "16") long total,
        @Schema(example = "11") long free) {

    public static CapacityView of(SizeCapacity capacity) {
        return new CapacityView(capacity.size(), capacity.total(), capacity.free());
    }
}
