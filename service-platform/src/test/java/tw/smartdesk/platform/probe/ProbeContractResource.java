package tw.smartdesk.platform.probe;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.events.application.Residency;
import tw.smartdesk.platform.outbox.Outbox;

/**
 * Writes that break the contract, each in a transaction that first inserts a probe order with the key as
 * item: the outbox must refuse the event and so roll the order back with it.
 */
@Path("/probe/contract")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ProbeContractResource {

    private static final String ORDER = """
            insert into probe_order (id, item, quantity, created_at) values (:id, :item, 1, :createdAt)
            """;

    private final Outbox outbox;

    ProbeContractResource(Outbox outbox) {
        this.outbox = outbox;
    }

    /** An event whose applicantRef is a national ID and a name: not a pseudonymous reference. */
    @POST
    @Path("/personal")
    @WithTransaction
    public Uni<Void> personal(@QueryParam("key") UUID key) {
        ApplicationSubmittedV2 event = new ApplicationSubmittedV2(UUID.randomUUID(), now(), key, UUID.randomUUID(),
                "A123456789 王小明", "HR-001", ApplicationChannel.ONLINE, null, null, Residency.IN_COUNTY, null);
        return order(key).chain(() -> outbox.record(event));
    }

    /** The superseded version, valid against its own schema. */
    @POST
    @Path("/superseded")
    @WithTransaction
    public Uni<Void> superseded(@QueryParam("key") UUID key) {
        return order(key).chain(() -> outbox.record(ProbeEvents.submitted(key, 1)));
    }

    /** A valid event of the current version, for comparison. */
    @POST
    @Path("/valid")
    @WithTransaction
    public Uni<Void> valid(@QueryParam("key") UUID key) {
        return order(key).chain(() -> outbox.record(ProbeEvents.current(key, 1)));
    }

    private static Uni<Integer> order(UUID key) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ORDER)
                .setParameter("id", UUID.randomUUID())
                .setParameter("item", key.toString())
                .setParameter("createdAt", now())
                .executeUpdate());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
