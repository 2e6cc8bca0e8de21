package tw.smartdesk.application.api;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A clerk asks the applicant for missing documents.
 *
 * @param documentCodes the documents still needed (duplicates are dropped)
 * @param note a short instruction for the resident; shown in the timeline, never sent on the public event,
 *     cleared when the applicant is erased
 * @param dueBy after this the application may be rejected as SUPPLEMENT_OVERDUE; by default the end of
 *     the working day {@code smartdesk.lifecycle.supplement-working-days} ahead
 */
@Schema(name = "RequestSupplementRequest")
public record RequestSupplementRequest(
        @NotEmpty @Size(max = 20)
        @Schema(example = "[\"HOUSEHOLD_TRANSCRIPT\"]")
        List<@NotNull @Pattern(regexp = DocumentCodes.PATTERN, message = DocumentCodes.MESSAGE) String> documentCodes,
        @Size(max = 500) @Schema(example = "請補附三個月內戶籍謄本") String note,
        @Future @Schema(example = "2026-12-31T09:00:00Z") Instant dueBy) {
}
