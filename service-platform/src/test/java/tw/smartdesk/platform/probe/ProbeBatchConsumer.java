package tw.smartdesk.platform.probe;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import tw.smartdesk.events.Topic;
import tw.smartdesk.events.reservation.ReservationCancelled;
import tw.smartdesk.platform.inbox.EventHandler;
import tw.smartdesk.platform.inbox.Inbox;
import tw.smartdesk.platform.inbox.RejectedEventException;

/**
 * The probe's batch consumer of reservation-events ({@code batch=true}): one {@code probe_batch_receipt} row per
 * cancellation, with the id of the transaction that applied it. A cancellation at site {@link #REJECTED} is
 * refused for good by a business rule.
 */
@ApplicationScoped
public class ProbeBatchConsumer {

    public static final String CONSUMER = "platform-probe-batch";
    public static final String REJECTED = "REJECTED";

    private static final String RECEIVE = """
            insert into probe_batch_receipt (event_id, site_id, tx_id) values (:eventId, :siteId, txid_current())
            """;

    private final Inbox inbox;
    private final EventHandler handler;

    ProbeBatchConsumer(Inbox inbox) {
        this.inbox = inbox;
        this.handler = EventHandler.on(ReservationCancelled.class, ProbeBatchConsumer::receive);
    }

    @Incoming("probe-batch")
    @ActivateRequestContext
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.consumeBatch(CONSUMER, Topic.RESERVATION_EVENTS, records, handler);
    }

    private static Uni<Void> receive(ReservationCancelled event) {
        if (REJECTED.equals(event.siteId())) {
            return Uni.createFrom().failure(new RejectedEventException("Site " + event.siteId() + " refuses cancellations"));
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(RECEIVE)
                        .setParameter("eventId", event.eventId())
                        .setParameter("siteId", event.siteId())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
