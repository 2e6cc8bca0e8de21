package tw.smartdesk.application.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.application.domain.Masking;

/**
 * Whom to resolve: nothing with a citizen token (a citizen resolves only themself, through the verified identity of
 * their login); the caller's ID number and birth date with an operator, clerk or admin token. In the body (never the
 * URL) so the number reaches no access log; {@link #toString()} masks it and hides the birth date.
 */
@Schema(name = "PersonResolveRequest", description = "`{}` with a citizen token; nationalId and birthDate with an"
        + " operator, clerk or admin token")
public record PersonResolveRequest(
        @Schema(example = "A123456789", description = "Staff only: the caller's ID number (national ID or resident"
                + " certificate number); a citizen token must leave it out") String nationalId,
        @Schema(example = "1988-04-02", description = "Staff only: the caller's birth date; a citizen token must leave it"
                + " out") LocalDate birthDate) {

    @Override
    public String toString() {
        return "PersonResolveRequest[nationalId=" + Masking.nationalId(nationalId) + ", birthDate hidden]";
    }
}
