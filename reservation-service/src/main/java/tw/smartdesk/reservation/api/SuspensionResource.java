package tw.smartdesk.reservation.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.reservation.persons.PersonDirectory;
import tw.smartdesk.reservation.service.NoShowSuspensions;
import tw.smartdesk.security.Roles;

/** Staff look up a resident's no-show suspension, and clerks lift it with a reason. */
@Path("/suspensions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reservations", description = "Book a counter visit or a pick-up, and what follows")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "200", description = "The resident's suspension", content = @Content(schema = @Schema(implementation = SuspensionView.class)))
@APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No person with that ID number and birth date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SuspensionResource {

    private final PersonDirectory persons;
    private final NoShowSuspensions suspensions;
    private final CurrentUser user;

    SuspensionResource(PersonDirectory persons, NoShowSuspensions suspensions, CurrentUser user) {
        this.persons = persons;
        this.suspensions = suspensions;
        this.user = user;
    }

    /** Who: the resident's ID number and birth date (phone number not needed). */
    public record LookupRequest(@Valid @NotNull CallerDetails resident) {
    }

    /** Why the clerk lifts it: 3 to 500 characters besides surrounding blanks (kept with who lifted it and when). */
    public record LiftRequest(@Valid @NotNull CallerDetails resident,
            @NotNull @Pattern(regexp = "\\s*\\S[\\s\\S]{1,498}\\S\\s*", message = "must say why in 3 to 500 characters")
            String reason) {
    }

    @POST
    @Path("/lookup")
    @RolesAllowed({Roles.OPERATOR, Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Whether a resident may book online and by phone, and until when not")
    public Uni<SuspensionView> lookUp(@Valid @NotNull LookupRequest request) {
        return persons.caller(request.resident().nationalId(), request.resident().birthDate(), user.rawToken())
                .chain(suspensions::status);
    }

    @POST
    @Path("/lift")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Lift a resident's suspension, giving a reason: the no-shows so far no longer count")
    public Uni<SuspensionView> lift(@Valid @NotNull LiftRequest request) {
        return persons.caller(request.resident().nationalId(), request.resident().birthDate(), user.rawToken())
                .chain(ref -> suspensions.lift(ref, user.subject(), request.reason()));
    }
}
