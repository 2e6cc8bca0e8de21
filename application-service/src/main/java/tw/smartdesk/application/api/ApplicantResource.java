package tw.smartdesk.application.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.util.List;
import tw.smartdesk.application.service.CitizenData;
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

/**
 * Applicants as persons: a citizen reads what SmartDesk holds about them and asks for erasure (both need
 * the account's verified identity link); an administrator lists the requests and erases (right to be forgotten).
 */
@Path("/applicants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applicants", description = "Applicant identity and erasure of personal data")
@SecurityRequirement(name = "jwt")
public class ApplicantResource {

    private final ApplicantErasure erasure;
    private final CitizenData citizenData;
    private final CurrentCaller caller;

    ApplicantResource(ApplicantErasure erasure, CitizenData citizenData, CurrentCaller caller) {
        this.erasure = erasure;
        this.citizenData = citizenData;
        this.caller = caller;
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "What SmartDesk holds about me",
            description = "The applicant data of the person the account is linked to by a verified identity claim"
                    + " (masked; none without one), and every application the account may see.")
    @APIResponse(responseCode = "200", description = "The caller's data", content = @Content(schema = @Schema(implementation = MyDataView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Residents only", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<MyDataView> myData() {
        return citizenData.of(caller.get());
    }

    @POST
    @Path("/me/erasure-request")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Ask for the erasure of my personal data; an administrator carries it out")
    @APIResponse(responseCode = "202", description = "Requested (asking again changes nothing)", content = @Content(schema = @Schema(implementation = ErasureRequestView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Residents only", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "verified-identity-required: the account is not linked to a person", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> requestErasure() {
        return citizenData.requestErasure(caller.get())
                .map(request -> Response.status(Response.Status.ACCEPTED).entity(request).build());
    }

    @GET
    @Path("/erasure-requests")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open erasure requests, oldest first; carry one out with DELETE /applicants/{applicantRef}")
    @APIResponse(responseCode = "200", description = "The open requests")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<ErasureRequestView>> erasureRequests() {
        return citizenData.openRequests();
    }

    @DELETE
    @Path("/{applicantRef}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase an applicant's personal data",
            description = "Clears the ID number, name, birth date hash and contact details, the links to their accounts,"
                    + " the contacts of their filings, the proxies (name, ID, relationship, letter, the filing's note of them) and"
                    + " form values of their applications, and their erasure requests; the applications stay as anonymous"
                    + " records. Publishes a tombstone for the applicant on applicant-contacts. Erasing again answers 204"
                    + " and changes nothing.")
    @APIResponse(responseCode = "204", description = "Erased (now or before)")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such applicant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> erase(@PathParam("applicantRef") String applicantRef) {
        return erasure.erase(applicantRef, Actor.of(caller.get()));
    }
}
