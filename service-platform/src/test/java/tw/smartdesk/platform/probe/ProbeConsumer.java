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
import tw.smartdesk.events.Topic;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.platform.inbox.EventHandler;
import tw.smartdesk.platform.inbox.Inbox;
import tw.smartdesk.platform.inbox.RejectedEventException;

/**
 * The idempotent probe consumer of application-events: one {@code probe_receipt} row per event id,
 * numbered per key in arrival order, so tests can see duplicates and order. Townships steer it: one
 * fails once, one fails while tests hold it, and those in {@code probe_blocked_township} are rejected.
 */
@ApplicationScoped
public class ProbeConsumer {

    public static final String CONSUMER = "platform-probe";

    /** Township that makes the effect fail on its first attempt, as a transient database failure would. */
    public static final String FAIL_ONCE = "fail-once";
    /** Township whose events fail, as in a transient outage, while {@link #hold(boolean)} is on. */
    public static final String HOLD = "hold";

    private static final String RECEIVE = """
            insert into probe_receipt (message_key, arrival_seq, event_id, sent_seq)
            select :key, coalesce(max(arrival_seq), 0) + 1, :eventId, :sentSeq
            from probe_receipt where message_key = :key
            """;
    private static final String BLOCKED = "select count(*) from probe_blocked_township where township = :township";
    private static final Set<UUID> FAILED_ONCE = ConcurrentHashMap.newKeySet();
    private static volatile boolean holding;

    private final Inbox inbox;

    ProbeConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("probe-in")
    @ActivateRequestContext
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.consume(CONSUMER, Topic.APPLICATION_EVENTS, record,
                EventHandler.on(ApplicationSubmitted.class, event -> receive(record.key(), event, event.township()))
                        .or(ApplicationSubmittedV2.class, event -> receive(record.key(), event, null)));
    }

    /** Whether the effect of this event has failed once on purpose. */
    public static boolean hasFailedOnce(UUID eventId) {
        return FAILED_ONCE.contains(eventId);
    }

    /** Turns the failure of {@link #HOLD} events on or off. */
    public static void hold(boolean on) {
        holding = on;
    }

    /** Records the receipt; {@code township} (free text in the superseded version only) steers the probe. */
    private static Uni<Void> receive(String key, SmartDeskEvent event, String township) {
        if (FAIL_ONCE.equals(township) && FAILED_ONCE.add(event.eventId())) {
            return Uni.createFrom().failure(new IllegalStateException("Transient probe failure"));
        }
        if (HOLD.equals(township) && holding) {
            return Uni.createFrom().failure(new IllegalStateException("Probe held on purpose"));
        }
        return rejectIfBlocked(township).chain(() -> Panache.getSession())
                .chain(session -> session.createNativeQuery(RECEIVE)
                        .setParameter("key", key)
                        .setParameter("eventId", event.eventId())
                        .setParameter("sentSeq", ProbeEvents.sentSeq(event))
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static Uni<Void> rejectIfBlocked(String township) {
        if (township == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(BLOCKED, Long.class)
                        .setParameter("township", township).getSingleResult())
                .invoke(blocked -> {
                    if (blocked > 0) {
                        throw new RejectedEventException("Township " + township + " is blocked");
                    }
                })
                .replaceWithVoid();
    }
}
