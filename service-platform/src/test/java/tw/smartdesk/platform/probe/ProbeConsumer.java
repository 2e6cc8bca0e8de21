package tw.smartdesk.platform.probe;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.platform.inbox.IncomingEvents;
import tw.smartdesk.platform.inbox.ProcessedEvents;

/**
 * The idempotent probe consumer of application-events: one {@code probe_receipt} row per event id,
 * numbered per key in arrival order, so tests can see duplicates and order.
 */
@ApplicationScoped
public class ProbeConsumer {

    public static final String CONSUMER = "platform-probe";

    private static final String RECEIVE = """
            insert into probe_receipt (message_key, arrival_seq, event_id, sent_seq)
            select :key, coalesce(max(arrival_seq), 0) + 1, :eventId, :sentSeq
            from probe_receipt where message_key = :key
            """;

    /** Township that makes the effect fail on its first attempt, as a transient database failure would. */
    public static final String FAIL_ONCE = "fail-once";
    private static final Set<UUID> FAILED_ONCE = ConcurrentHashMap.newKeySet();

    private final ProcessedEvents processedEvents;

    ProbeConsumer(ProcessedEvents processedEvents) {
        this.processedEvents = processedEvents;
    }

    @Incoming("probe-in")
    @ActivateRequestContext
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        SmartDeskEvent event = IncomingEvents.read(record);
        return processedEvents.processOnce(CONSUMER, event.eventId(), () -> receive(record.key(), event))
                .replaceWithVoid();
    }

    /** Whether the effect of this event has failed once on purpose. */
    public static boolean hasFailedOnce(UUID eventId) {
        return FAILED_ONCE.contains(eventId);
    }

    private static Uni<Void> receive(String key, SmartDeskEvent event) {
        if (event instanceof ApplicationSubmitted submitted && FAIL_ONCE.equals(submitted.township())
                && FAILED_ONCE.add(event.eventId())) {
            return Uni.createFrom().failure(new IllegalStateException("Transient probe failure"));
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(RECEIVE)
                        .setParameter("key", key)
                        .setParameter("eventId", event.eventId())
                        .setParameter("sentSeq", ProbeEvents.sentSeq(event))
                        .executeUpdate())
                .replaceWithVoid();
    }
}
