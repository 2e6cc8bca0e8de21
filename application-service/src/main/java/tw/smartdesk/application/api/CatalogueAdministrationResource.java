package tw.smartdesk.application.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.application.service.CatalogueAdministration;
import tw.smartdesk.application.service.CurrentServices;
import tw.smartdesk.application.service.ServiceChangeValidation;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.security.Roles;

/** Admins add, change and retire catalogue services; every change is a new version. */
@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service catalogue", description = "The services residents can apply for, with their versions")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.ADMIN)
public class CatalogueAdministrationResource {

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"?([0-9]{1,9})\"?");

    private final CatalogueAdministration administration;
    private final ServiceChangeValidation validation;
    private final CurrentCaller caller;
    private final CurrentServices currentServices;

    CatalogueAdministrationResource(CatalogueAdministration administration, ServiceChangeValidation validation,
            CurrentCaller caller, CurrentServices currentServices) {
        this.administration = administration;
        this.validation = validation;
        this.caller = caller;
        this.currentServices = currentServices;
    }

    @POST
    @Operation(summary = "Add a service (version 1)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: every violation listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code exists, or the same Idempotency-Key is in flight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(ServiceChangeRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        validation.check(request, null);
        return administration.create(request, caller.get(), idempotencyKey).invoke(() -> currentServices.changed(request.code()));
    }

    @PUT
    @Path("/{code}")
    @Operation(summary = "Change a service: adds the next version and makes it current; earlier versions stay readable")
    @APIResponse(responseCode = "200", description = "The new current version", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: every violation listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such service", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Retired, changed meanwhile (If-Match) or by another admin at the same time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> change(@PathParam("code") String code, ServiceChangeRequest request,
            @Parameter(description = "The version you edited, as the ETag of GET /services/{code} gave it, e.g. \"3\"")
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        Integer expectedVersion = expectedVersion(ifMatch);
        validation.check(request, code);
        return administration.change(code, request, expectedVersion, caller.get(), idempotencyKey)
                .invoke(() -> currentServices.changed(code));
    }

    @POST
    @Path("/{code}/retire")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Retire a service: adds a retired version; filing it then gets 422")
    @APIResponse(responseCode = "200", description = "The retired version", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such service", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already retired, or changed by another admin at the same time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> retire(@PathParam("code") String code, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return administration.retire(code, caller.get(), idempotencyKey).invoke(() -> currentServices.changed(code));
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3} is version 3; no header means no check. */
    private static Integer expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw ProblemException.badRequest("If-Match must name one version, e.g. \"3\"",
                    List.of(new Problem.Violation("If-Match", "must be a version number such as \"3\"")));
        }
        return Integer.valueOf(matcher.group(1));
    }
}
