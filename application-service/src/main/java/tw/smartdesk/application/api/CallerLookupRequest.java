package tw.smartdesk.application.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.application.domain.Masking;

/**
 * What a caller tells the phone desk: their ID number and birth date, or an application id. In the body
 * (never the URL) so the ID number reaches no access log; {@link #toString()} masks it.
 */
@Schema(name = "CallerLookup", description = "Either nationalId and birthDate, or applicationId")
public record CallerLookupRequest(
        @Schema(example = "A123456789") String nationalId,
        @Schema(example = "1988-04-02") LocalDate birthDate,
        @Schema(example = "0b6f3c1e-6a1d-4c52-9d0e-8f1a2b3c4d5e") UUID applicationId) {

    @Override
    public String toString() {
        return "CallerLookupRequest[nationalId=" + Masking.nationalId(nationalId) + ", birthDate hidden, applicationId="
                + applicationId + "]";
    }
}
