package tw.smartdesk.application.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.application.keys.KeyRotation;
import tw.smartdesk.application.keys.KeyUsage;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

/**
 * Key rotation for administrators (README "Keys"): after a new key is put first in a ring, re-encryption moves
 * the stored data onto it; the usage report says when an older key holds nothing and may leave the ring.
 */
@Path("/admin/keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Keys", description = "Rotation of the keys that seal and hash applicant data")
@SecurityRequirement(name = "jwt")
public class KeyAdministrationResource {

    private final KeyRotation rotation;
    private final KeyUsage usage;

    KeyAdministrationResource(KeyRotation rotation, KeyUsage usage) {
        this.rotation = rotation;
        this.usage = usage;
    }

    @GET
    @Operation(summary = "The key rings and how many stored values and ID-number hashes each key holds")
    @APIResponse(responseCode = "200", description = "Key usage", content = @Content(schema = @Schema(implementation = KeyUsage.Report.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<KeyUsage.Report> usage() {
        return usage.report();
    }

    @POST
    @Path("/re-encryption")
    @Operation(summary = "Move up to `limit` rows onto the current keys; repeat until remainingRows is 0",
            description = "Seals again every value not under the current data key and makes again every ID-number"
                    + " hash not under the current hash key, in batches of 200 rows, each its own transaction.")
    @APIResponse(responseCode = "200", description = "What this run did and how many rows are left", content = @Content(schema = @Schema(implementation = KeyRotation.Outcome.class)))
    @APIResponse(responseCode = "400", description = "limit outside 1-10000", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<KeyRotation.Outcome> reEncrypt(@QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10_000) int limit) {
        return rotation.run(limit);
    }
}
