package tw.smartdesk.application.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.service.ApplicationSubmissions;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Apply for a service and follow the application")
@SecurityRequirement(name = "jwt")
public class ApplicationSubmissionResource {

    private final ApplicationSubmissions submissions;
    private final CurrentCaller caller;

    ApplicationSubmissionResource(ApplicationSubmissions submissions, CurrentCaller caller) {
        this.submissions = submissions;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK})
    @Operation(summary = "Apply for a service (citizen ONLINE/MOBILE, operator PHONE, clerk COUNTER)")
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not apply", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Same Idempotency-Key in flight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Channel not allowed for the role, or Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(@Valid @NotNull SubmitApplicationRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return submissions.submit(request, caller.get(), idempotencyKey);
    }

}
