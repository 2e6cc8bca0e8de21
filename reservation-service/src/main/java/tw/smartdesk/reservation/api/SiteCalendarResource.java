package tw.smartdesk.reservation.api;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.reservation.service.SiteSchedules;
import tw.smartdesk.security.Roles;

/**
 * What slots are derived from, kept by admins (with {@link HolidayResource}): a site's special days (closed, or other hours)
 * and each counter's slot length, places per slot and services. Slots already booked keep their reservations; a
 * change applies to the slots listed and booked from then on.
 */
@Path("/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar administration", description = "Holidays, special days and counters' slots")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Admins only (reads: any SmartDesk role)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SiteCalendarResource {

    private static final String SPECIAL_DAYS = "select day, opens_at, closes_at, note from special_day where site_id = $1 and day >= $2 order by day";
    private static final String PUT_SPECIAL_DAY = """
            insert into special_day (site_id, day, opens_at, closes_at, note) values ($1, $2, $3, $4, $5)
            on conflict (site_id, day) do update set opens_at = excluded.opens_at, closes_at = excluded.closes_at, note = excluded.note
            """;
    private static final String DELETE_SPECIAL_DAY = "delete from special_day where site_id = $1 and day = $2";
    private static final String SITE_EXISTS = "select 1 from site where id = $1";
    private static final String SET_COUNTER = """
            update counter set slot_minutes = $3, slot_capacity = $4, service_codes = $5, serves_apply = $6,
                serves_pickup = $7, active = $8, version = version + 1
            where site_id = $1 and id = $2
            returning id, code, slot_minutes, slot_capacity, serves_apply, serves_pickup, service_codes, active
            """;

    private final Pool pool;
    private final SiteSchedules schedules;

    SiteCalendarResource(Pool pool, SiteSchedules schedules) {
        this.pool = pool;
        this.schedules = schedules;
    }

    public record SpecialDay(LocalDate day, @Schema(description = "absent: closed all day") LocalTime opens, LocalTime closes,
            @NotBlank @Size(max = 200) String note) {
    }

    /** A counter's booking settings; an empty {@code serviceCodes} takes every service. */
    public record CounterSettings(@Min(5) @Max(240) int slotMinutes, @Min(1) @Max(100) int slotCapacity,
            @NotNull @Size(max = 100) List<@NotNull @Pattern(regexp = BookingRequest.SERVICE_CODE,
                    message = "must be a service code such as HR-001") String> serviceCodes,
            boolean servesApply, boolean servesPickup, boolean active) {
    }

    @GET
    @Path("/{id}/special-days")
    @RolesAllowed({Roles.CITIZEN, Roles.CLERK, Roles.OPERATOR, Roles.KIOSK, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "A site's special days from today on")
    public Uni<List<SpecialDay>> specialDays(@PathParam("id") String siteId) {
        return requireSite(siteId).chain(() -> pool.preparedQuery(SPECIAL_DAYS).execute(Tuple.of(siteId, LocalDate.now().minusDays(1))))
                .map(rows -> {
                    List<SpecialDay> days = new ArrayList<>();
                    for (Row row : rows) {
                        days.add(new SpecialDay(row.getLocalDate("day"), row.getLocalTime("opens_at"),
                                row.getLocalTime("closes_at"), row.getString("note")));
                    }
                    return days;
                });
    }

    @PUT
    @Path("/{id}/special-days/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Close a site for a day (no hours), or open it with other hours (a make-up workday)")
    public Uni<SpecialDay> putSpecialDay(@PathParam("id") String siteId, @PathParam("day") LocalDate day,
            @Valid @NotNull SpecialDay special) {
        if ((special.opens() == null) != (special.closes() == null)
                || (special.opens() != null && !special.closes().isAfter(special.opens()))) {
            throw ProblemException.badRequest("Give both opens and closes (closes after opens), or neither for a closed day",
                    List.of(new Problem.Violation("closes", "must be after opens, and given with it")));
        }
        return requireSite(siteId).chain(() -> pool.preparedQuery(PUT_SPECIAL_DAY)
                        .execute(Tuple.of(siteId, day, special.opens(), special.closes(), special.note())).invoke(schedules::forget))
                .replaceWith(new SpecialDay(day, special.opens(), special.closes(), special.note()));
    }

    @DELETE
    @Path("/{id}/special-days/{day}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Back to the weekly hours that day")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Response> deleteSpecialDay(@PathParam("id") String siteId, @PathParam("day") LocalDate day) {
        return pool.preparedQuery(DELETE_SPECIAL_DAY).execute(Tuple.of(siteId, day)).invoke(schedules::forget).map(rows -> {
            if (rows.rowCount() == 0) {
                throw ProblemException.notFound("Special day", day);
            }
            return Response.noContent().build();
        });
    }

    @PUT
    @Path("/{id}/counters/{counterId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "A counter's slot length, places per slot, services and purposes, and whether it is in service")
    @APIResponse(responseCode = "404", description = "No such counter at this site", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CounterSettings> putCounter(@PathParam("id") String siteId, @PathParam("counterId") UUID counterId,
            @Valid @NotNull CounterSettings settings) {
        if (!settings.servesApply() && !settings.servesPickup()) {
            throw ProblemException.badRequest("A counter serves applications, pick-ups or both",
                    List.of(new Problem.Violation("servesApply", "servesApply or servesPickup must be true")));
        }
        return pool.preparedQuery(SET_COUNTER).execute(Tuple.from(new Object[] {siteId, counterId, settings.slotMinutes(),
                settings.slotCapacity(), settings.serviceCodes().stream().distinct().toArray(String[]::new),
                settings.servesApply(), settings.servesPickup(), settings.active()})).invoke(schedules::forget).map(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound("Counter", counterId);
                    }
                    return settings;
                });
    }

    private Uni<Void> requireSite(String siteId) {
        return pool.preparedQuery(SITE_EXISTS).execute(Tuple.of(siteId)).map(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.notFound("Site", siteId);
            }
            return null;
        }).replaceWithVoid();
    }
}
