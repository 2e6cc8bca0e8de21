package tw.smartdesk.application.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The resident rates the service of a completed application.
 *
 * @param score 1 (very dissatisfied) to 5 (very satisfied)
 * @param comment optional, at most 500 characters; please no personal data
 */
@Schema(name = "FeedbackRequest")
public record FeedbackRequest(
        @NotNull @Min(1) @Max(5) @Schema(example = "5") Integer score,
        @Size(max = 500) @Schema(example = "晚上下班後也能領件,很方便") String comment) {
}
