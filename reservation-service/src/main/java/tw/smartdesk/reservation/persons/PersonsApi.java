package tw.smartdesk.reservation.persons;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * application-service's person resolution (ADR 0011), called with the end user's own bearer token: a citizen's
 * resolves themself (their verified login), an operator's or clerk's resolves a caller by ID number and birth date.
 * application-service verifies the token itself; this service is never trusted with identity.
 */
@RegisterRestClient(configKey = "persons")
@Path("/internal/persons")
public interface PersonsApi {

    /** The body: empty for a citizen, the caller's ID number and birth date for staff. Never logged. */
    record ResolveRequest(String nationalId, LocalDate birthDate) {

        @Override
        public String toString() {
            return "ResolveRequest[hidden]"; // never in a log line
        }
    }

    record Resolution(String applicantRef, boolean registered) {
    }

    @POST
    @Path("/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Resolution> resolve(@HeaderParam("Authorization") String authorization, ResolveRequest request);
}
