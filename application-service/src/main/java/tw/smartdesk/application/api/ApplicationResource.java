package tw.smartdesk.application.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
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
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.service.ApplicationSubmissions;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.security.Roles;

@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Apply for a service and follow the application")
@SecurityRequirement(name = "jwt")
public class ApplicationResource {

    private final ApplicationSubmissions submissions;
    private final SecurityIdentity identity;

    ApplicationResource(ApplicationSubmissions submissions, SecurityIdentity identity) {
        this.submissions = submissions;
        this.identity = identity;
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
        return submissions.submit(request, caller(), idempotencyKey);
    }

    @GET
    @Path("/{id}")
    @WithSession
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "One application: its owner or staff only; to anyone else it does not exist")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationView> get(@PathParam("id") UUID id) {
        Caller caller = caller();
        return Application.<Application>findById(id)
                .map(found -> {
                    if (found == null || !caller.maySee(found.ownerSubject)) {
                        throw ProblemException.notFound("Application", id);
                    }
                    return ApplicationView.of(found);
                });
    }

    private Caller caller() {
        return new Caller(identity.getPrincipal().getName(), identity.getRoles());
    }
}
