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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import tw.smartdesk.application.service.CatalogueFilter;
import tw.smartdesk.application.service.CatalogueSearch;
import tw.smartdesk.application.service.ServiceCatalogue;
import tw.smartdesk.platform.http.PageRequest;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.security.Roles;

/** The service catalogue as residents, staff and kiosks read it. */
@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service catalogue", description = "The services residents can apply for, with their versions")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.CITIZEN, Roles.CLERK, Roles.OPERATOR, Roles.KIOSK, Roles.ANALYST, Roles.ADMIN})
public class ServiceCatalogueResource {

    private static final String BOOLEAN = "true|false";

    private final ServiceCatalogue catalogue;
    private final CatalogueSearch search;
    private final CurrentCaller caller;

    ServiceCatalogueResource(ServiceCatalogue catalogue, CatalogueSearch search, CurrentCaller caller) {
        this.catalogue = catalogue;
        this.search = search;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List the current services: filter by department and Smart Desk pickup, search both languages, page and sort")
    @APIResponse(responseCode = "200", description = "One page of services")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read the catalogue", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PageView<ServiceView>> list(
            @Parameter(description = "Exact department name", example = "地政處") @QueryParam("department") @Size(max = 40) String department,
            @Parameter(description = "true: Smart Desk services only; false: counter-only") @QueryParam("smartDeskPickup")
            @Pattern(regexp = BOOLEAN, message = "must be true or false") String smartDeskPickup,
            @Parameter(description = "Text in the zh-TW or en name, any case", example = "謄本") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Include retired services (default false)") @QueryParam("includeRetired")
            @Pattern(regexp = BOOLEAN, message = "must be true or false") String includeRetired,
            @Parameter(description = "0-based page, at most 10000", example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("size") String size,
            @Parameter(description = "code, nameZh, nameEn, department, feeNtd or processingDays, optionally ,asc or ,desc", example = "code,asc")
            @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(page, size, sort, CatalogueSearch.SORTABLE, CatalogueSearch.DEFAULT_SORT);
        CatalogueFilter filter = new CatalogueFilter(blankToNull(department),
                smartDeskPickup == null ? null : Boolean.valueOf(smartDeskPickup), q, Boolean.parseBoolean(includeRetired));
        return search.find(filter, paging, caller.get().has(Roles.ADMIN));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "The current version of a service (retired ones too, marked retired); the ETag is its version")
    @APIResponse(responseCode = "200", description = "The service", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read the catalogue", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such service", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ServiceView>> get(@PathParam("code") String code) {
        boolean admin = caller.get().has(Roles.ADMIN);
        return catalogue.current(code).map(definition -> RestResponse.ResponseBuilder.ok(catalogue.view(definition, admin))
                .header("ETag", "\"" + definition.version + "\"").build());
    }

    @GET
    @Path("/{code}/versions/{version}")
    @Operation(summary = "One version of a service, e.g. the one an application was filed under")
    @APIResponse(responseCode = "200", description = "That version", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read the catalogue", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such service or version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ServiceView> version(@PathParam("code") String code, @PathParam("version") int version) {
        boolean admin = caller.get().has(Roles.ADMIN);
        return catalogue.version(code, version).map(definition -> catalogue.view(definition, admin));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
