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
import tw.smartdesk.application.service.CallerLookup;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

/** The phone desk finds a caller's applications by what the caller tells them, not through the work queue. */
@Path("/applications/lookup")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Apply for a service and follow the application")
@SecurityRequirement(name = "jwt")
public class CallerLookupResource {

    private final CallerLookup lookup;

    CallerLookupResource(CallerLookup lookup) {
        this.lookup = lookup;
    }

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "A caller's applications, by their ID number and birth date or by an application id",
            description = "Up to 50, newest first. An ID number with another birth date finds nothing, like an unknown one.")
    @APIResponse(responseCode = "200", description = "The caller's applications (none when nothing matches)")
    @APIResponse(responseCode = "400", description = "Neither or both ways of looking up, or a malformed ID number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Staff only", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PageView<ApplicationView>> lookUp(CallerLookupRequest request) {
        return lookup.find(request);
    }
}
