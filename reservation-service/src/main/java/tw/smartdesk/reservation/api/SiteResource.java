package tw.smartdesk.reservation.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.reservation.service.SiteDirectory;
import tw.smartdesk.security.Roles;

/** Sites are public facts, but only signed-in SmartDesk users (any role) read them here. */
@Path("/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sites", description = "Where residents are served: address, phone, opening hours and counters")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.CITIZEN, Roles.CLERK, Roles.OPERATOR, Roles.KIOSK, Roles.ANALYST, Roles.ADMIN})
public class SiteResource {

    private final SiteDirectory directory;

    SiteResource(SiteDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Operation(summary = "All sites with their opening hours and counters, ordered by id")
    @APIResponse(responseCode = "200", description = "The sites",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SiteView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a SmartDesk role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<SiteView>> list() {
        return directory.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One site with its opening hours and counters")
    @APIResponse(responseCode = "200", description = "The site",
            content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a SmartDesk role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such site", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SiteView> get(@PathParam("id") String id) {
        return directory.get(id);
    }
}
