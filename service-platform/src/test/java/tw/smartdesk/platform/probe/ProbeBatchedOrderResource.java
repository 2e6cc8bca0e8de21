package tw.smartdesk.platform.probe;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.platform.outbox.Outbox;
import tw.smartdesk.platform.probe.ProbeResource.OrderPlaced;
import tw.smartdesk.platform.probe.ProbeResource.OrderedFor;
import tw.smartdesk.platform.probe.ProbeResource.PlaceOrder;
import tw.smartdesk.platform.sql.WriteBatch;

/**
 * {@code POST /probe/batched-orders}: the order write of {@link ProbeResource} as one {@link WriteBatch} through
 * {@link IdempotentRequests#executeBatched}: the order, a second statement that depends on the first (its quantity
 * doubled, so order matters), an outbox event keyed by the order, and the stored answer. {@code holdMillis} keeps the
 * transaction open in the database; {@code failing=true} adds a statement that fails after the order's;
 * {@code quantity} 13 is refused by the check step (422), before any transaction.
 */
@Path("/probe/batched-orders")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProbeBatchedOrderResource {

    private static final String INSERT = "insert into probe_order (id, item, quantity, created_at) values ($1, $2, $3, $4)";
    private static final String DOUBLE = "update probe_order set quantity = quantity * 2 where id = $1";
    private static final String HOLD = "select pg_sleep($1)";
    private static final String FAIL = "select 1 / (quantity - quantity) from probe_order where id = $1";

    private final IdempotentRequests idempotentRequests;
    private final Outbox outbox;

    ProbeBatchedOrderResource(IdempotentRequests idempotentRequests, Outbox outbox) {
        this.idempotentRequests = idempotentRequests;
        this.outbox = outbox;
    }

    @POST
    public Uni<Response> order(@Valid @NotNull PlaceOrder request, @HeaderParam(IdempotentRequests.HEADER) String key,
            @QueryParam("holdMillis") int holdMillis, @QueryParam("failing") boolean failing) {
        return idempotentRequests.executeBatched(key, "probe POST /probe/batched-orders", request, 201,
                () -> request.quantity() == 13
                        ? Uni.createFrom().failure(ProblemException.ruleBroken("unlucky", "Unlucky", "13 is refused"))
                        : Uni.createFrom().item(UUID.randomUUID()),
                (id, connection) -> {
                    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    WriteBatch writes = new WriteBatch().add(INSERT, id, request.item(), request.quantity(), at).add(DOUBLE, id);
                    if (holdMillis > 0) {
                        writes.add(HOLD, holdMillis / 1000.0);
                    }
                    if (failing) {
                        writes.add(FAIL, id);
                    }
                    outbox.record(writes, ProbeEvents.current(id, 1));
                    return Uni.createFrom().item(new IdempotentRequests.Batched<>(writes,
                            new OrderPlaced(id, request.item(), request.quantity() * 2, at, new OrderedFor(request.applicantRef()))));
                });
    }
}
