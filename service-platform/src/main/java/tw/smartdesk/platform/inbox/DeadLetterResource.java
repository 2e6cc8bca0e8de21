package tw.smartdesk.platform.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.events.Topic;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.security.Roles;

/** Operators' commands on dead letters, served by every service for the topics it consumes. */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Records consumers could not process, parked in <topic>.dlq")
@SecurityRequirement(name = "jwt")
public class DeadLetterResource {

    private static final String INCOMING = "mp.messaging.incoming.";
    private static final String CONNECTOR = ".connector";

    /** Which dead letters to move: those whose {@code ce_id} is listed, or all when the list is absent or empty. */
    public record RedriveRequest(
            @Schema(description = "ce_id of the dead letters to move; all when absent or empty",
                    example = "[\"3f1c0a4e-8a8e-4a7e-9d43-2f0f8a6b1c11\"]") List<UUID> eventIds) {
    }

    /** How many dead letters went back to the topic, and how many selected ones had been re-driven before. */
    public record RedriveResult(@Schema(example = "application-events") String topic,
            @Schema(example = "1") int moved, @Schema(example = "0") int alreadyRedriven) {
    }

    private final DeadLetterRedrive redrive;
    private final Config config;

    DeadLetterResource(DeadLetterRedrive redrive, Config config) {
        this.redrive = redrive;
        this.config = config;
    }

    @POST
    @Path("/{topic}/redrive")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Move dead letters back to their topic",
            description = "Copies the selected dead letters of <topic>.dlq back to <topic> (same key, value and CloudEvents"
                    + " headers) once their cause is fixed. A dead letter is re-driven once at most; one that fails"
                    + " again becomes a new dead letter. Only topics this service consumes.")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a topic this service consumes", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RedriveResult redrive(@PathParam("topic") String topicName, RedriveRequest request) {
        Topic topic = consumedTopic(topicName);
        Set<UUID> eventIds = request == null || request.eventIds() == null ? Set.of() : new HashSet<>(request.eventIds());
        DeadLetterRedrive.Outcome outcome = redrive.redrive(topic, eventIds);
        return new RedriveResult(topic.topicName(), outcome.moved(), outcome.alreadyRedriven());
    }

    private Topic consumedTopic(String topicName) {
        boolean consumed = StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(INCOMING) && name.endsWith(CONNECTOR))
                .map(name -> name.substring(INCOMING.length(), name.length() - CONNECTOR.length()))
                .map(channel -> config.getOptionalValue(INCOMING + channel + ".topic", String.class).orElse(channel))
                .anyMatch(topicName::equals);
        try {
            if (consumed) {
                return Topic.byName(topicName);
            }
        } catch (IllegalArgumentException notInTheContract) {
            // a consumed topic outside the contract has no dead letters of ours
        }
        throw ProblemException.notFound("Consumed topic", topicName);
    }
}
