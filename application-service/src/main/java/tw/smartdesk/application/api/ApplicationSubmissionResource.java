package tw.smartdesk.application.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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

/** Filing: {@code POST /applications}, one or more services per submission, from every channel. */
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
    @Operation(summary = "Apply for one or more services in one submission (citizen ONLINE/MOBILE, operator PHONE,"
            + " clerk COUNTER, optionally through a proxy)",
            description = "Each service becomes its own application, linked by the submission id. The applicant is"
                    + " found by their ID number (validated, stored encrypted, answered masked) or registered.")
    @APIResponse(responseCode = "201", description = "Filed: the submission and its applications",
            content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "400", description = "Every broken rule, including each service's own fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not apply", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown service", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Same Idempotency-Key in flight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Service retired, channel not allowed for the role, proxy not allowed"
            + " for a service, or Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(@NotNull SubmitApplicationRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return submissions.submit(request, caller.get(), idempotencyKey);
    }

}
