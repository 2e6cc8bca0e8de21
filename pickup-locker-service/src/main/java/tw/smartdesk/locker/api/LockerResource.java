package tw.smartdesk.locker.api;

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
import tw.smartdesk.locker.service.LockerDirectory;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

@Path("/sites/{siteId}/lockers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lockers", description = "Smart Desk locker banks and their free compartments")
@SecurityRequirement(name = "jwt")
public class LockerResource {

    private final LockerDirectory directory;

    LockerResource(LockerDirectory directory) {
        this.directory = directory;
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.ADMIN, Roles.KIOSK, Roles.OPERATOR})
    @Operation(summary = "The site's lockers with total and free compartments per size")
    @APIResponse(responseCode = "200", description = "The lockers, by code",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LockerView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not staff or a kiosk", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No Smart Desk lockers at this site", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<LockerView>> list(@PathParam("siteId") String siteId) {
        return directory.atSite(siteId);
    }
}
