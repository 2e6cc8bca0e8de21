package tw.smartdesk.reservation.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.events.CancellationReason;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.reservation.service.Bookings;
import tw.smartdesk.reservation.service.ReservationQueries;
import tw.smartdesk.reservation.service.ReservationSteps;
import tw.smartdesk.security.Roles;

/**
 * Counter and pick-up reservations: booked by residents online or in the app, by the phone desk for callers and by
 * clerks at the counter; rescheduled, cancelled, checked in and completed. The rules apply to the person whatever
 * the channel (ADR 0011). Every write honours {@code Idempotency-Key}; every error is {@code application/problem+json}.
 */
@Path("/reservations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations", description = "Book a counter visit or a pick-up, and what follows")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role may not do this", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReservationResource {

    private final Bookings bookings;
    private final ReservationSteps steps;
    private final ReservationQueries queries;
    private final CurrentUser user;

    ReservationResource(Bookings bookings, ReservationSteps steps, ReservationQueries queries, CurrentUser user) {
        this.bookings = bookings;
        this.steps = steps;
        this.queries = queries;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Book a slot (ReservationBooked; PreparationRequested with agentService)",
            description = "A citizen books for themself with a verified login; the phone desk (channel PHONE) and clerks"
                    + " (COUNTER) book for a caller named by ID number and birth date. 1 to 7 days ahead, one per person per day.")
    @APIResponse(responseCode = "201", description = "Booked", content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such site", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Slot full (join the waitlist), already booked that day, or the same Idempotency-Key in flight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Outside the booking window, site closed, no such slot, too many upcoming reservations, or Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many booking attempts; see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> book(@Valid @NotNull BookingRequest request, @HeaderParam(IdempotentRequests.HEADER) String key) {
        return bookings.book(key, user, request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "One reservation: your own, or any for staff")
    @APIResponse(responseCode = "200", description = "The reservation", content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "404", description = "No such reservation (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReservationView> get(@PathParam("id") UUID id) {
        return queries.get(user, id);
    }

    @GET
    @Path("/{id}.ics")
    @Produces(CalendarFile.MEDIA_TYPE)
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "The reservation as a calendar file (iCalendar) for Google, Apple or Outlook calendars")
    @APIResponse(responseCode = "200", description = "text/calendar")
    @APIResponse(responseCode = "404", description = "No such reservation (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> calendar(@PathParam("id") UUID id) {
        return queries.calendarFile(user, id).map(file -> Response.ok(file, CalendarFile.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"reservation-" + id + ".ics\"").build());
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Your reservations, waitlist places, and whether you may book online (and until when not)")
    @APIResponse(responseCode = "200", description = "Yours", content = @Content(schema = @Schema(implementation = MyReservationsView.class)))
    public Uni<MyReservationsView> mine() {
        return queries.mine(user);
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Phone reservations made for a caller's phone number (the phone desk's search), newest first, up to 100")
    @APIResponse(responseCode = "200", description = "The reservations", content = @Content(schema = @Schema(implementation = ReservationView[].class)))
    @APIResponse(responseCode = "400", description = "No or malformed phone number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<ReservationView>> byPhone(@QueryParam("phone") @NotNull
            @Pattern(regexp = PhoneNumbers.FORMAT, message = PhoneNumbers.MESSAGE) String phone) {
        return queries.byPhone(PhoneNumbers.normalise(phone));
    }

    /** A new slot for a reservation. */
    public record RescheduleRequest(@NotNull Instant slotStart) {
    }

    @POST
    @Path("/{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Move to another slot of the same site (ReservationRescheduled); the old place goes to the waitlist")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "404", description = "No such reservation (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not BOOKED, the new slot is full, or already booked that day", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Outside the window, closed, or no such slot", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> reschedule(@PathParam("id") UUID id, @Valid @NotNull RescheduleRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        return steps.reschedule(key, user, id, request.slotStart());
    }

    /** Why a reservation is cancelled: a citizen's own request (the default); staff may give another reason. */
    public record CancelRequest(CancellationReason reason) {
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Cancel before the slot (ReservationCancelled), or decline a waitlist offer; the place goes to the next in line")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "404", description = "No such reservation (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not BOOKED or OFFERED, or the slot has started", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> cancel(@PathParam("id") UUID id, CancelRequest request, @HeaderParam(IdempotentRequests.HEADER) String key) {
        return steps.cancel(key, user, id, request == null ? null : request.reason());
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Accept a waitlist offer before it lapses (ReservationBooked)")
    @APIResponse(responseCode = "200", description = "Booked", content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "409", description = "Not an open offer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> accept(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key) {
        return steps.accept(key, user, id);
    }

    @POST
    @Path("/{id}/check-in")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "The resident arrived (ReservationCheckedIn): from 15 minutes before the slot to 15 minutes after its start")
    @APIResponse(responseCode = "200", description = "Checked in", content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "409", description = "Not BOOKED, too early or too late", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> checkIn(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key) {
        return steps.checkIn(key, user, id);
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "The visit is over (ReservationCompleted)")
    @APIResponse(responseCode = "200", description = "Completed", content = @Content(schema = @Schema(implementation = ReservationView.class)))
    @APIResponse(responseCode = "409", description = "Not CHECKED_IN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> complete(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key) {
        return steps.complete(key, user, id);
    }
}
