package tw.smartdesk.application.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.service.ApplicantErasure;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

/** Applicants as persons: erasure of their personal data (right to be forgotten). */
@Path("/applicants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applicants", description = "Applicant identity and erasure of personal data")
@SecurityRequirement(name = "jwt")
public class ApplicantResource {

    private final ApplicantErasure erasure;
    private final CurrentCaller caller;

    ApplicantResource(ApplicantErasure erasure, CurrentCaller caller) {
        this.erasure = erasure;
        this.caller = caller;
    }

    @DELETE
    @Path("/{applicantRef}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase an applicant's personal data",
            description = "Clears the ID number, name and contact details, the link to their account, proxy names and"
                    + " form values of their applications; the applications stay as anonymous records. Publishes a"
                    + " tombstone for the applicant on applicant-contacts. Erasing again answers 204 and changes nothing.")
    @APIResponse(responseCode = "204", description = "Erased (now or before)")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such applicant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> erase(@PathParam("applicantRef") String applicantRef) {
        return erasure.erase(applicantRef, Actor.of(caller.get()));
    }
}
