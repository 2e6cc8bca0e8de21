package tw.smartdesk.application.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.application.domain.Caller;

/**
 * A filed submission: the applicant (masked) and one application per service, linked by the
 * submission id. Never carries a full ID number, and carries the applicant's {@code applicantRef}
 * only for staff (see {@link ApplicantSummary}).
 *
 * @param proxy the proxy applicant, masked; null when the applicant applied themself
 */
@Schema(name = "Submission")
public record SubmissionView(UUID submissionId,
        @Schema(description = "The applicant, masked. applicantRef only in a staff answer (operator, clerk), never in a"
                + " citizen's") ApplicantSummary applicant,
        ProxySummary proxy, List<ApplicationView> applications) {

    /**
     * The applicant as answers show them. {@code applicantRef} is the pseudonym that identifies the person
     * on public Kafka topics; a citizen can file under any valid ID number (a neighbour's), so giving it
     * to a citizen would tie that number to the pseudonym and de-anonymise the person's public events.
     * It is therefore shown to staff (clerk, operator, admin) only and left out of every citizen answer.
     *
     * @param applicantRef the pseudonymous reference other services know the applicant by; staff only,
     *     absent for citizens
     * @param maskedNationalId such as A*******89
     * @param maskedName such as 王*明
     */
    @Schema(name = "ApplicantSummary", description = "The applicant, masked; never a full ID number or name.")
    public record ApplicantSummary(
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(example = "APL-3f9a0c1b2d4e5f60718293a4", description = "Staff only (clerk, operator, admin): the"
                    + " pseudonymous reference the applicant has on public Kafka topics. Never in an answer to a"
                    + " citizen (absent), since a citizen may file under someone else's ID number.") String applicantRef,
            @Schema(example = "A*******89") String maskedNationalId, @Schema(example = "王*明") String maskedName) {

        /** The summary for {@code caller}: with the reference for staff, without it for anyone else. */
        public static ApplicantSummary shownTo(Caller caller, String applicantRef, String maskedNationalId,
                String maskedName) {
            return new ApplicantSummary(caller.isStaff() ? applicantRef : null, maskedNationalId, maskedName);
        }
    }

    /** A proxy applicant as responses show them. */
    @Schema(name = "ProxySummary")
    public record ProxySummary(@Schema(example = "王*明") String maskedName, @Schema(example = "配偶") String relationship,
            @Schema(example = "A*******93") String maskedNationalId,
            @Schema(example = "LETTER-2026-000123") String authorisationLetterRef) {
    }
}
