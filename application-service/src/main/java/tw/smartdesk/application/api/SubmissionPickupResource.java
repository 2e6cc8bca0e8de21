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
import tw.smartdesk.application.service.SubmissionPickup;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

/** One-stop pickup: the documents of a submission made ready together, to be collected together. */
@Path("/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Application workflow", description = "Accept, ask for supplements, reject, cancel, hand over")
@SecurityRequirement(name = "jwt")
public class SubmissionPickupResource {

    private final SubmissionPickup pickup;
    private final IdempotentSteps steps;
    private final CurrentCaller caller;

    SubmissionPickupResource(SubmissionPickup pickup, IdempotentSteps steps, CurrentCaller caller) {
        this.pickup = pickup;
        this.steps = steps;
        this.caller = caller;
    }

    @POST
    @Path("/{submissionId}/ready")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "The documents of a submission are produced: every open application ready for pickup together,"
            + " one method, site and pickup window (one DocumentReadyForPickup each, with the submission id)",
            description = "Closed applications (completed, rejected, cancelled) are left out; every other one must be"
                    + " ACCEPTED or SUPPLEMENT_PROVIDED. One transaction: all or nothing.")
    @APIResponse(responseCode = "200", description = "The applications made ready",
            content = @Content(schema = @Schema(implementation = SubmissionPickupView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, or no common site known", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Clerks and admins only", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such submission", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Applications not ready-able (named), all closed, changed by someone else meanwhile, or the same Idempotency-Key in flight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A service allows no Smart Desk pickup, or Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> ready(@PathParam("submissionId") UUID submissionId, @Valid @NotNull MarkReadyRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        Caller current = caller.get();
        return steps.run(key, current, "POST /submissions/" + submissionId + "/ready", request, Response.Status.OK,
                () -> pickup.markReady(submissionId, request, current));
    }
}
