package tw.smartdesk.application.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.application.service.ApplicationQueries;
import tw.smartdesk.platform.http.PageRequest;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.security.Roles;

/** Reading applications: the clerk work queue, a resident's own list, one application and its timeline. */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Apply for a service and follow the application")
@SecurityRequirement(name = "jwt")
public class ApplicationQueryResource {

    private final ApplicationQueries queries;
    private final CurrentCaller caller;

    ApplicationQueryResource(ApplicationQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Work queue: applications filtered by status, service, site and overdue, paged and sorted",
            description = "Clerks and admins; the phone desk looks a caller up with POST /applications/lookup instead")
    @APIResponse(responseCode = "200", description = "One page of applications")
    @APIResponse(responseCode = "400", description = "Unknown status, bad paging or sort", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Clerks and admins only", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PageView<ApplicationView>> workQueue(
            @Parameter(description = "Statuses, repeatable or comma-separated: status=SUBMITTED&status=ACCEPTED")
            @QueryParam("status") List<String> status,
            @Parameter(example = "HR-001") @QueryParam("serviceCode") @Size(max = 16) String serviceCode,
            @Parameter(example = "TTCSC-MAIN") @QueryParam("siteId") @Size(max = 64) String siteId,
            @Parameter(description = "Only applications past their due date (Taiwan time) whose document is not ready")
            @QueryParam("overdue") @Pattern(regexp = "true|false", message = "must be true or false") String overdue,
            @Parameter(description = "0-based, at most 10000", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000"))
            @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("size") String size,
            @Parameter(description = "dueDate, submittedAt or status, with ,asc or ,desc", example = "dueDate,asc")
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(page, size, sort, ApplicationQueries.SORTABLE.keySet(), "dueDate,asc");
        return queries.workQueue(statuses(status), serviceCode, siteId, "true".equals(overdue), paging);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "The caller's applications, newest first: those the account filed, and those of the person"
            + " the account is linked to by a verified identity claim")
    @APIResponse(responseCode = "200", description = "One page of the caller's applications")
    @APIResponse(responseCode = "400", description = "Bad paging or sort", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Residents only", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PageView<ApplicationView>> mine(
            @Parameter(description = "0-based, at most 10000", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000"))
            @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("size") String size,
            @Parameter(example = "submittedAt,desc") @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(page, size, sort, ApplicationQueries.SORTABLE.keySet(), "submittedAt,desc");
        return queries.mine(caller.get(), paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "One application: its owner or staff only; to anyone else it does not exist")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationView> get(@PathParam("id") UUID id) {
        return queries.one(id, caller.get());
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Every step of an application with time, action, statuses, actor role and channel; "
            + "clerks and admins also see the actor")
    @APIResponse(responseCode = "200", description = "The timeline, oldest first")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<TimelineEntryView>> timeline(@PathParam("id") UUID id) {
        return queries.timeline(id, caller.get());
    }

    /** Status names, parsed here so that a wrong one is a 400 naming it (not the 404 JAX-RS gives for bad query params). */
    private static Set<ApplicationStatus> statuses(List<String> names) {
        Set<ApplicationStatus> statuses = EnumSet.noneOf(ApplicationStatus.class);
        List<Problem.Violation> violations = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            for (String part : name.split(",")) {
                try {
                    statuses.add(ApplicationStatus.valueOf(part.trim()));
                } catch (IllegalArgumentException e) {
                    violations.add(new Problem.Violation("status", "unknown status " + part.trim()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest("Unknown status", violations);
        }
        return statuses;
    }
}
