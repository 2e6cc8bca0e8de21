package tw.smartdesk.application.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.CancellationReason;

/** The applicant (or staff on their behalf) withdraws an application before it is accepted. */
@Schema(name = "CancelRequest")
public record CancelRequest(@NotNull @Schema(example = "APPLICANT_REQUEST") CancellationReason reason) {
}
