package tw.smartdesk.application.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.service.IdempotentSteps;
import tw.smartdesk.application.service.SatisfactionFeedback;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

/** Satisfaction feedback: the resident rates a completed application once ({@code Idempotency-Key} honoured). */
@Path("/applications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Application workflow", description = "Accept, ask for supplements, reject, cancel, hand over")
@SecurityRequirement(name = "jwt")
public class ApplicationFeedbackResource {

    private final SatisfactionFeedback feedback;
    private final IdempotentSteps steps;
    private final CurrentCaller caller;

    ApplicationFeedbackResource(SatisfactionFeedback feedback, IdempotentSteps steps, CurrentCaller caller) {
        this.feedback = feedback;
        this.steps = steps;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/feedback")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Rate a completed application from 1 to 5, with an optional comment (SatisfactionRatedV2; the comment stays here)")
    @APIResponse(responseCode = "201", description = "Rated", content = @Content(schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(responseCode = "400", description = "Score not 1 to 5, or comment longer than 500 characters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Residents only", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not completed yet, already rated, or the same Idempotency-Key in flight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> rate(@PathParam("id") UUID id, @Valid @NotNull FeedbackRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        Caller current = caller.get();
        return steps.run(key, current, "POST /applications/" + id + "/feedback", request, Response.Status.CREATED,
                () -> feedback.rate(id, request.score(), request.comment(), current));
    }
}
