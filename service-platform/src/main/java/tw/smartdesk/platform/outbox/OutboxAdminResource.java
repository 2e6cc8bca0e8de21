package tw.smartdesk.platform.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tw.smartdesk.security.Roles;

/**
 * Operators' view of outbox rows the relay gave up on (parked after {@code smartdesk.outbox.max-attempts}
 * failed sends, e.g. a record too large or a topic missing): what and why, and a retry once the cause
 * is fixed. A parked row holds back the later rows of its key, so order per key survives the wait.
 */
@Path("/admin/outbox/parked")
@Tag(name = "Parked outbox rows", description = "Events the relay gave up sending; they hold back their key until retried")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {

    private static final String LIST = """
            select id, event_id, topic, message_key, ce_type, attempts, last_error, created_at, parked_at
            from outbox_event where parked_at is not null and published_at is null order by id limit 500
            """;
    private static final String RETRY_ALL = """
            update outbox_event set parked_at = null, next_attempt_at = null, attempts = 0
            where parked_at is not null and published_at is null
            """;
    private static final String RETRY_SOME = """
            update outbox_event set parked_at = null, next_attempt_at = null, attempts = 0
            where parked_at is not null and published_at is null and event_id = any($1)
            """;

    /** A parked row: the event's identity, where it goes, and the last error; never its payload. */
    public record ParkedEvent(long id, UUID eventId, String topic, String key, String type, int attempts,
            String lastError, Instant createdAt, Instant parkedAt) {
    }

    /** Which parked events to retry: the listed event ids, or every parked row when the list is empty or absent. */
    public record RetryParked(@Size(max = 1000) List<UUID> eventIds) {
    }

    public record Retried(int rows) {
    }

    private final Pool pool;
    private final OutboxRelay relay;

    OutboxAdminResource(Pool pool, OutboxRelay relay) {
        this.pool = pool;
        this.relay = relay;
    }

    @GET
    @Operation(summary = "List parked outbox rows (oldest first, at most 500)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Uni<List<ParkedEvent>> parked() {
        return pool.query(LIST).execute().map(rows -> {
            List<ParkedEvent> parked = new ArrayList<>();
            rows.forEach(row -> parked.add(toParked(row)));
            return parked;
        });
    }

    @POST
    @Path("/retry")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send parked outbox rows again (all, or by event id) once the cause is fixed")
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Uni<Retried> retry(@Valid RetryParked request) {
        List<UUID> ids = request == null || request.eventIds() == null ? List.of() : request.eventIds();
        Uni<Integer> updated = ids.isEmpty()
                ? pool.query(RETRY_ALL).execute().map(rows -> rows.rowCount())
                : pool.preparedQuery(RETRY_SOME).execute(Tuple.of(ids.toArray(UUID[]::new))).map(rows -> rows.rowCount());
        return updated.invoke(relay::requestDrain).map(Retried::new);
    }

    private static ParkedEvent toParked(Row row) {
        return new ParkedEvent(row.getLong("id"), row.getUUID("event_id"), row.getString("topic"),
                row.getString("message_key"), row.getString("ce_type"), row.getInteger("attempts"),
                row.getString("last_error"), row.getOffsetDateTime("created_at").toInstant(),
                row.getOffsetDateTime("parked_at").toInstant());
    }
}
