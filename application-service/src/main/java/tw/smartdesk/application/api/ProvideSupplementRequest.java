package tw.smartdesk.application.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The applicant (or a clerk receiving them at the counter) supplies the requested documents.
 *
 * @param documentCodes the documents received (duplicates are dropped)
 */
@Schema(name = "ProvideSupplementRequest")
public record ProvideSupplementRequest(
        @NotEmpty @Size(max = 20)
        @Schema(example = "[\"HOUSEHOLD_TRANSCRIPT\"]")
        List<@NotNull @Pattern(regexp = DocumentCodes.PATTERN, message = DocumentCodes.MESSAGE) String> documentCodes) {
}
