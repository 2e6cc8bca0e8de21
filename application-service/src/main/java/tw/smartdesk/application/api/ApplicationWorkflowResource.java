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
import tw.smartdesk.application.service.ApplicationWorkflow;
import tw.smartdesk.application.service.IdempotentSteps;
import tw.smartdesk.application.service.PickupRouting;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

/**
 * The clerk workflow: every step moves the application through its state machine (409 naming the
 * allowed actions otherwise), publishes its event and writes the audit trail. Two clerks acting at
 * once cannot both win: the loser gets 409. Every step honours {@code Idempotency-Key}.
 */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Application workflow", description = "Accept, ask for supplements, reject, cancel, hand over")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "200", description = "The application after the step",
        content = @Content(schema = @Schema(implementation = ApplicationView.class)))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role may not take this step", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Not allowed in the current status (the allowed actions are named), changed by someone else meanwhile, or the same Idempotency-Key in flight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApplicationWorkflowResource {

    private final ApplicationWorkflow workflow;
    private final PickupRouting pickup;
    private final IdempotentSteps steps;
    private final CurrentCaller caller;

    ApplicationWorkflowResource(ApplicationWorkflow workflow, PickupRouting pickup, IdempotentSteps steps,
            CurrentCaller caller) {
        this.workflow = workflow;
        this.pickup = pickup;
        this.steps = steps;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Accept a submitted application for processing (ApplicationAccepted, expected ready on the due date)")
    public Uni<Response> accept(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key) {
        Caller current = caller.get();
        return steps.run(key, current, operation(id, "accept"), null, Response.Status.OK,
                () -> workflow.accept(id, current));
    }

    @POST
    @Path("/{id}/request-supplement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Ask the applicant for missing documents (SupplementRequestedV2)")
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> requestSupplement(@PathParam("id") UUID id, @Valid @NotNull RequestSupplementRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        Caller current = caller.get();
        return steps.run(key, current, operation(id, "request-supplement"), request, Response.Status.OK,
                () -> workflow.requestSupplement(id, DocumentCodes.distinct(request.documentCodes()), request.note(),
                        request.dueBy(), current));
    }

    @POST
    @Path("/{id}/supplement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Supply the requested documents: the owner online, or a clerk at the counter (SupplementProvided)")
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> provideSupplement(@PathParam("id") UUID id, @Valid @NotNull ProvideSupplementRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        Caller current = caller.get();
        return steps.run(key, current, operation(id, "supplement"), request, Response.Status.OK,
                () -> workflow.provideSupplement(id, DocumentCodes.distinct(request.documentCodes()), current));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Reject an application before its document is ready (ApplicationRejectedV2)")
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> reject(@PathParam("id") UUID id, @Valid @NotNull RejectRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        Caller current = caller.get();
        return steps.run(key, current, operation(id, "reject"), request, Response.Status.OK,
                () -> workflow.reject(id, request, current));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Withdraw before acceptance: the owner, or an operator or clerk on their behalf (ApplicationCancelled)")
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> cancel(@PathParam("id") UUID id, @Valid @NotNull CancelRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        Caller current = caller.get();
        return steps.run(key, current, operation(id, "cancel"), request, Response.Status.OK,
                () -> workflow.cancel(id, request, current));
    }

    @POST
    @Path("/{id}/ready")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "The document is produced: ready for pickup at a Smart Desk or a counter (DocumentReadyForPickup)")
    @APIResponse(responseCode = "400", description = "Invalid request, or no site known", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The service allows no Smart Desk pickup, or Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> ready(@PathParam("id") UUID id, @Valid @NotNull MarkReadyRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        Caller current = caller.get();
        return steps.run(key, current, operation(id, "ready"), request, Response.Status.OK,
                () -> pickup.markReady(id, request, current));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Hand a counter-pickup document over to the resident (ApplicationCompleted); "
            + "Smart Desk pickups complete at the locker")
    public Uni<Response> complete(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key) {
        Caller current = caller.get();
        return steps.run(key, current, operation(id, "complete"), null, Response.Status.OK,
                () -> pickup.completeAtCounter(id, current));
    }

    private static String operation(UUID id, String step) {
        return "POST /applications/" + id + "/" + step;
    }
}
