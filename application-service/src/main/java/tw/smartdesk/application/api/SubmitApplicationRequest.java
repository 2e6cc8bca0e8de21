package tw.smartdesk.application.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.Residency;

/**
 * A request to apply for one service.
 *
 * @param onBehalfOf the resident's account id; required when an operator (PHONE) or clerk (COUNTER) files
 */
@Schema(name = "SubmitApplicationRequest")
public record SubmitApplicationRequest(
        @NotNull @Pattern(regexp = "[A-Z]{2,4}-[0-9]{3}", message = "must look like HR-001")
        @Schema(example = "HR-001") String serviceCode,
        @NotNull @Schema(example = "ONLINE") ApplicationChannel channel,
        @Size(max = 64) @Schema(example = "resident-0001") String onBehalfOf,
        @Size(max = 20) @Schema(example = "臺東市") String township,
        @Pattern(regexp = "[0-9]{1,2}-[0-9]{1,3}|[0-9]{2,3}\\+", message = "must look like 30-39 or 65+")
        @Schema(example = "30-39") String ageBand,
        @Schema(example = "IN_COUNTY") Residency residency) {
}
