package tw.smartdesk.application.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.events.application.Township;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

/**
 * The county's townships as reference data: the only values a filing's {@code applicant.township} takes,
 * and the codes {@code ApplicationSubmittedV2.township} carries on application-events.
 */
@Path("/townships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Closed lists the API and the events use")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.CITIZEN, Roles.CLERK, Roles.OPERATOR, Roles.KIOSK, Roles.ANALYST, Roles.ADMIN})
public class TownshipResource {

    /** One township: its code and its names. */
    @Schema(name = "TownshipView")
    public record TownshipView(
            @Schema(example = "TAITUNG_CITY") Township code,
            @Schema(example = "臺東市") String nameZhTw,
            @Schema(example = "Taitung City") String nameEn) {
    }

    private static final List<TownshipView> ALL = Arrays.stream(Township.values())
            .map(township -> new TownshipView(township, township.nameZhTw(), township.nameEn())).toList();

    @GET
    @Operation(summary = "List the county's 16 townships and OUTSIDE_COUNTY, with zh-TW and English names")
    @APIResponse(responseCode = "200", description = "Every township, in the county's order",
            content = @Content(schema = @Schema(implementation = TownshipView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TownshipView> list() {
        return ALL;
    }
}
