package tw.smartdesk.analytics.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.analytics.service.SubmissionCounts;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

@Path("/kpis/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "OMO indicators built from the event streams")
@SecurityRequirement(name = "jwt")
public class SubmissionCountResource {

    private final SubmissionCounts submissionCounts;

    SubmissionCountResource(SubmissionCounts submissionCounts) {
        this.submissionCounts = submissionCounts;
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Applications submitted per service and channel")
    @APIResponse(responseCode = "200", description = "Counts, ordered by service then channel",
            content = @Content(schema = @Schema(implementation = SubmissionCountView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an analyst or admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<SubmissionCountView>> list(
            @QueryParam("serviceCode") @Pattern(regexp = "[A-Z]{2,4}-[0-9]{3}", message = "must look like HR-001") String serviceCode) {
        return submissionCounts.list(serviceCode);
    }
}
