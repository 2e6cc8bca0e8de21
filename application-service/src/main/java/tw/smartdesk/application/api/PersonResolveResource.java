package tw.smartdesk.application.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.service.PersonResolver;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

/**
 * The person behind a token, as their {@code applicantRef}, for reservation-service's booking rules per person (ADR
 * 0011). reservation-service forwards its end user's own bearer token, which is verified here like any other.
 */
@Path("/internal/persons/resolve")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applicants", description = "Applicant identity and erasure of personal data")
@SecurityRequirement(name = "jwt")
public class PersonResolveResource {

    private final PersonResolver resolver;
    private final CurrentCaller caller;

    PersonResolveResource(PersonResolver resolver, CurrentCaller caller) {
        this.resolver = resolver;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "The applicantRef of the citizen logged in, or of a caller named by ID number and birth date",
            description = "For another SmartDesk service acting on its end user's own token (reservation-service's booking"
                    + " rules per person). Citizen token: body `{}`; the token must carry the verified identity claim"
                    + " (citizen digital certificate or mobile ID login), and the account is linked to the person."
                    + " Operator, clerk or admin token: `nationalId` and `birthDate` of the caller; an ID number with"
                    + " another birth date is 404; links no account. A person never seen before is registered with"
                    + " only what identifies them (`registered: true`).")
    @APIResponse(responseCode = "200", description = "The person's applicantRef", content = @Content(schema = @Schema(implementation = PersonResolution.class)))
    @APIResponse(responseCode = "400", description = "A citizen's body names someone; staff's lacks the ID number or birth date, or the ID number is malformed (every violation listed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "identity-not-verified: a citizen token without the verified identity claim (log in with a citizen digital certificate or mobile ID, or call the phone desk); forbidden: any other role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No person with that ID number and birth date (staff only)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PersonResolution> resolve(PersonResolveRequest request) {
        Caller current = caller.get();
        return current.isStaff() ? resolver.resolveCaller(request, current)
                : resolver.resolveSelf(request, current, caller.verifiedNationalId());
    }
}
