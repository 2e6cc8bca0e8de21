package tw.smartdesk.application.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.security.Roles;

@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Apply for a service and follow the application")
@SecurityRequirement(name = "jwt")
public class ApplicationQueryResource {

    private final CurrentCaller caller;

    ApplicationQueryResource(CurrentCaller caller) {
        this.caller = caller;
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
        Caller current = caller.get();
        return Application.<Application>findById(id)
                .map(found -> {
                    if (found == null || !current.maySee(found.ownerSubject)) {
                        throw ProblemException.notFound("Application", id);
                    }
                    return ApplicationView.of(found);
                });
    }

}
