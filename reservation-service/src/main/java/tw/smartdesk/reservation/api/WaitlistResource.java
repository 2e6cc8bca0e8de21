package tw.smartdesk.reservation.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.reservation.service.Bookings;
import tw.smartdesk.security.Roles;

/**
 * The waitlist of a full slot. When a place frees, the first in line gets an offer (a reservation OFFERED, with
 * {@code WaitlistOffered}) held for {@code smartdesk.reservation.offer-hold}; accept it with
 * {@code POST /reservations/{id}/accept}, or it passes to the next.
 */
@Path("/waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations", description = "Book a counter visit or a pick-up, and what follows")
@SecurityRequirement(name = "jwt")
public class WaitlistResource {

    private final Bookings bookings;
    private final CurrentUser user;

    WaitlistResource(Bookings bookings, CurrentUser user) {
        this.bookings = bookings;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Wait for a place in a full slot; the same rules as booking apply")
    @APIResponse(responseCode = "201", description = "On the waitlist", content = @Content(schema = @Schema(implementation = WaitlistEntryView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The slot has places (book it), already waiting, or already booked that day", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Outside the window, closed, or no such slot", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many booking attempts; see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> join(@Valid @NotNull BookingRequest request, @HeaderParam(IdempotentRequests.HEADER) String key) {
        return bookings.joinWaitlist(key, user, request);
    }

    @POST
    @Path("/{id}/leave")
    @RolesAllowed({Roles.CITIZEN, Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Stop waiting (the owner, or staff for them)")
    @APIResponse(responseCode = "200", description = "Left (status LEFT)", content = @Content(schema = @Schema(implementation = WaitlistEntryView.class)))
    @APIResponse(responseCode = "404", description = "No such entry (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not WAITING any more", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> leave(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String key) {
        return bookings.leaveWaitlist(key, user, id);
    }
}
