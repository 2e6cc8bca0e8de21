package tw.smartdesk.platform.probe;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.sql.CommittedReads;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.platform.outbox.Outbox;

/**
 * The probe application's HTTP side: outbox writes, an Idempotency-Key write (scoped to the
 * {@code subject} query parameter, default {@code probe}) and a failing endpoint.
 */
@Path("/probe")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    /** Write {@code count} events for {@code key}, numbered from {@code firstSeq}; optionally fail after writing. */
    public record WriteEvents(@NotNull UUID key, @Min(1) @Max(200) int count, int firstSeq, boolean failAfterWrite) {
    }

    /** The events written and how many outbox rows of the key the transaction itself saw. */
    public record Written(List<UUID> eventIds, long outboxRowsSeenInTransaction) {
    }

    /** An order, optionally on behalf of an applicant (echoed, nested, in the answer as staff answers do). */
    public record PlaceOrder(@NotBlank String item, @Min(1) int quantity, String applicantRef) {
    }

    public record OrderPlaced(UUID id, String item, int quantity, Instant createdAt, OrderedFor orderedFor) {
    }

    /** Whom an order was placed for; {@code applicantRef} may be null. */
    public record OrderedFor(String applicantRef) {
    }

    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;
    private final CommittedReads reads;

    ProbeResource(Outbox outbox, IdempotentRequests idempotentRequests, CommittedReads reads) {
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
        this.reads = reads;
    }

    /** A committed read inside a transaction: {@link CommittedReads} must refuse it (500) rather than risk the pool. */
    @GET
    @Path("/committed-read-in-transaction")
    @WithTransaction
    public Uni<Integer> committedReadInTransaction() {
        return reads.rows("select 1").map(List::size);
    }

    @POST
    @Path("/events")
    @WithTransaction
    public Uni<Written> write(@Valid @NotNull WriteEvents request) {
        List<ApplicationSubmittedV2> events = new ArrayList<>();
        for (int i = 0; i < request.count(); i++) {
            events.add(ProbeEvents.current(request.key(), request.firstSeq() + i));
        }
        Uni<Void> writes = Uni.createFrom().voidItem();
        for (ApplicationSubmittedV2 event : events) {
            writes = writes.chain(() -> outbox.record(event));
        }
        return writes.chain(() -> outboxRows(request.key())).map(seen -> {
            if (request.failAfterWrite()) {
                throw ProblemException.ruleBroken("probe-failure", "Probe failed on purpose",
                        "Wrote " + seen + " outbox row(s), then failed");
            }
            return new Written(events.stream().map(ApplicationSubmittedV2::eventId).toList(), seen);
        });
    }

    /**
     * One event for {@code key}, then the transaction stays open for {@code holdMillis} before it
     * commits: a slow writer for the per-key commit order test.
     */
    @POST
    @Path("/events/held")
    @WithTransaction
    public Uni<Written> writeHeld(@QueryParam("key") UUID key, @QueryParam("seq") int seq,
            @QueryParam("holdMillis") int holdMillis) {
        ApplicationSubmittedV2 event = ProbeEvents.current(key, seq);
        return outbox.record(event)
                .chain(() -> Panache.getSession().chain(session -> session
                        .createNativeQuery("select cast(pg_sleep(:seconds) as text)", String.class)
                        .setParameter("seconds", holdMillis / 1000.0)
                        .getSingleResult()))
                .chain(() -> outboxRows(key))
                .map(seen -> new Written(List.of(event.eventId()), seen));
    }

    /** The same write without a transaction: {@link Outbox#record} must refuse it. */
    @POST
    @Path("/events/untransacted")
    @WithSession
    public Uni<Void> writeWithoutTransaction(@Valid @NotNull WriteEvents request) {
        return outbox.record(ProbeEvents.current(request.key(), request.firstSeq()));
    }

    @POST
    @Path("/orders")
    public Uni<Response> order(@Valid @NotNull PlaceOrder request, @HeaderParam(IdempotentRequests.HEADER) String key,
            @QueryParam("subject") String subject, @QueryParam("holdMillis") int holdMillis) {
        String caller = subject == null ? "probe" : subject;
        return idempotentRequests.execute(key, caller + " POST /probe/orders", request, 201, () -> hold(holdMillis).chain(() -> {
            ProbeOrder order = new ProbeOrder();
            order.id = UUID.randomUUID();
            order.item = request.item();
            order.quantity = request.quantity();
            order.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return order.<ProbeOrder>persist()
                    .map(saved -> new OrderPlaced(saved.id, saved.item, saved.quantity, saved.createdAt,
                            new OrderedFor(request.applicantRef())));
        }));
    }

    /** Keeps the transaction open for {@code millis} (a slow write), in the database. */
    private static Uni<Void> hold(int millis) {
        if (millis <= 0) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("select 1 from pg_sleep(:seconds)")
                .setParameter("seconds", millis / 1000.0).executeUpdate()).replaceWithVoid();
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("probe secret: connection string postgres://internal");
    }

    private static Uni<Long> outboxRows(UUID key) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from outbox_event where message_key = :key", Long.class)
                .setParameter("key", key.toString())
                .getSingleResult());
    }
}
