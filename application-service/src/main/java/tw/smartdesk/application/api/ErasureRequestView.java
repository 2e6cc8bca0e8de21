package tw.smartdesk.application.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A citizen's request to have their personal data erased. To the citizen: only when it was made; to an
 * administrator also the applicant to erase ({@code DELETE /applicants/{applicantRef}}).
 */
@Schema(name = "ErasureRequest")
public record ErasureRequestView(
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Administrators only", example = "APL-3f9a0c1b2d4e5f60718293a4") String applicantRef,
        Instant requestedAt) {
}
