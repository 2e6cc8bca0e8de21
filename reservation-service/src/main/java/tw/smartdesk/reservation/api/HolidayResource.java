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

/** The county's office holidays: every site is closed on them (admins keep the list; anyone signed in reads it). */
@Path("/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar administration", description = "Holidays, special days and counters' slots")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Admins only (reads: any SmartDesk role)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HolidayResource {

    private static final String HOLIDAYS = "select day, name_zh, name_en from holiday where extract(year from day) = $1 order by day";
    private static final String PUT_HOLIDAY = """
            insert into holiday (day, name_zh, name_en) values ($1, $2, $3)
            on conflict (day) do update set name_zh = excluded.name_zh, name_en = excluded.name_en
            """;
    private static final String DELETE_HOLIDAY = "delete from holiday where day = $1";

    private final Pool pool;
    private final SiteSchedules schedules;

    HolidayResource(Pool pool, SiteSchedules schedules) {
        this.pool = pool;
        this.schedules = schedules;
    }

    public record Holiday(LocalDate day, @NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 100) String nameEn) {
    }

    @GET
        @RolesAllowed({Roles.CITIZEN, Roles.CLERK, Roles.OPERATOR, Roles.KIOSK, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "The county's office holidays of a year")
    public Uni<List<Holiday>> holidays(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return pool.preparedQuery(HOLIDAYS).execute(Tuple.of(year)).map(rows -> {
            List<Holiday> days = new ArrayList<>();
            rows.forEach(row -> days.add(new Holiday(row.getLocalDate("day"), row.getString("name_zh"), row.getString("name_en"))));
            return days;
        });
    }

    @PUT
    @Path("/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add or rename a holiday: every site is closed that day")
    public Uni<Holiday> putHoliday(@PathParam("day") LocalDate day, @Valid @NotNull Holiday holiday) {
        return pool.preparedQuery(PUT_HOLIDAY).execute(Tuple.of(day, holiday.nameZh(), holiday.nameEn())).invoke(schedules::forget)
                .replaceWith(new Holiday(day, holiday.nameZh(), holiday.nameEn()));
    }

    @DELETE
    @Path("/{day}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a holiday")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Not a holiday", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> deleteHoliday(@PathParam("day") LocalDate day) {
        return pool.preparedQuery(DELETE_HOLIDAY).execute(Tuple.of(day)).invoke(schedules::forget).map(rows -> {
            if (rows.rowCount() == 0) {
                throw ProblemException.notFound("Holiday", day);
            }
            return Response.noContent().build();
        });
    }

}
