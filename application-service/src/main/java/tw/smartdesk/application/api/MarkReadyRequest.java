package tw.smartdesk.application.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.application.PickupMethod;

/**
 * The document is produced and waits for the resident.
 *
 * @param pickupMethod where it will be collected; by default the application's current method
 *     (the counter when the service allows no Smart Desk pickup)
 * @param siteId the site that hands it over; may be left out when the application already names one
 */
@Schema(name = "MarkReadyRequest")
public record MarkReadyRequest(
        @Schema(example = "SMART_DESK") PickupMethod pickupMethod,
        @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must look like TTCSC-MAIN")
        @Schema(example = "TTCSC-MAIN") String siteId) {
}
