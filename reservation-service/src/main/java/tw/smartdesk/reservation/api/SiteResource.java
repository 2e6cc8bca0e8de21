package tw.smartdesk.reservation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import tw.smartdesk.events.reservation.ReservationPurpose;
import tw.smartdesk.reservation.service.ReservationQueries;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.reservation.service.SiteDirectory;
import tw.smartdesk.security.Roles;

/** Sites are public facts, but only signed-in SmartDesk users (any role) read them here. */
@Path("/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sites", description = "Where residents are served: address, phone, opening hours and counters")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.CITIZEN, Roles.CLERK, Roles.OPERATOR, Roles.KIOSK, Roles.ANALYST, Roles.ADMIN})
public class SiteResource {

    private final SiteDirectory directory;
    private final ReservationQueries queries;

    SiteResource(SiteDirectory directory, ReservationQueries queries) {
        this.directory = directory;
        this.queries = queries;
    }

    @GET
    @Path("/{id}/slots")
    @Operation(summary = "The site's slots on one day for a purpose (and service), with the places left in each",
            description = "Derived from the counters' slot length and places, the weekly hours, the county's holidays and"
                    + " the site's special days. Only days 1 to 7 ahead can be listed (and booked).")
    @APIResponse(responseCode = "200", description = "The slots; none with the reason when the site is closed",
            content = @Content(schema = @Schema(implementation = DaySlotsView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed date, purpose or service", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such site", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The date is in the past or outside the booking window", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DaySlotsView> slots(@PathParam("id") String id, @QueryParam("date") @NotNull LocalDate date,
            @QueryParam("purpose") @NotNull ReservationPurpose purpose,
            @QueryParam("service") @Pattern(regexp = BookingRequest.SERVICE_CODE, message = "must be a service code such as HR-001") String service) {
        return queries.slots(id, date, purpose, service);
    }

    @GET
    @Path("/{id}/counters/{counterId}/day")
    @RolesAllowed({Roles.CLERK, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "A counter's reservations on one day, by slot: the clerk's list")
    @APIResponse(responseCode = "200", description = "The reservations", content = @Content(schema = @Schema(implementation = ReservationView[].class)))
    @APIResponse(responseCode = "404", description = "No such counter at this site", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<ReservationView>> counterDay(@PathParam("id") String id, @PathParam("counterId") UUID counterId,
            @QueryParam("date") @NotNull LocalDate date) {
        return queries.counterDay(id, counterId, date);
    }

    @GET
    @Operation(summary = "All sites with their opening hours and counters, ordered by id")
    @APIResponse(responseCode = "200", description = "The sites",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SiteView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a SmartDesk role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<SiteView>> list() {
        return directory.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One site with its opening hours and counters")
    @APIResponse(responseCode = "200", description = "The site",
            content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a SmartDesk role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such site", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SiteView> get(@PathParam("id") String id) {
        return directory.get(id);
    }
}
