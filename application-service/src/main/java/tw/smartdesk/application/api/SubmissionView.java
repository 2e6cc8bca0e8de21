package tw.smartdesk.application.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A filed submission: the applicant (masked) and one application per service, linked by the
 * submission id. Never carries a full ID number.
 *
 * @param proxy the proxy applicant, masked; null when the applicant applied themself
 */
@Schema(name = "Submission")
public record SubmissionView(UUID submissionId, ApplicantSummary applicant, ProxySummary proxy,
        List<ApplicationView> applications) {

    /**
     * @param applicantRef the pseudonymous reference other services know the applicant by
     * @param maskedNationalId such as A12****789
     * @param maskedName such as 王*明
     */
    @Schema(name = "ApplicantSummary")
    public record ApplicantSummary(@Schema(example = "APL-3f9a0c1b2d4e5f60718293a4") String applicantRef,
            @Schema(example = "A12****789") String maskedNationalId, @Schema(example = "王*明") String maskedName) {
    }

    /** A proxy applicant as responses show them. */
    @Schema(name = "ProxySummary")
    public record ProxySummary(@Schema(example = "王*明") String maskedName, @Schema(example = "配偶") String relationship,
            @Schema(example = "A23****893") String maskedNationalId,
            @Schema(example = "LETTER-2026-000123") String authorisationLetterRef) {
    }
}
