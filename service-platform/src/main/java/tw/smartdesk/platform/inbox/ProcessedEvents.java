package tw.smartdesk.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import tw.smartdesk.platform.outbox.OutboxRelay;

/**
 * Idempotent consumption: the event id is recorded in {@code processed_event} in the same
 * transaction as the effect, so a redelivered event changes nothing. Consumers go through
 * {@link Inbox}, which calls this once per attempt and retries transient failures. After a commit that applied
 * an event the outbox relay is asked to look for the events the effect recorded.
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final String RECORD = """
            insert into processed_event (event_id, consumer) values (:eventId, :consumer)
            on conflict do nothing
            """;

    private final OutboxRelay relay;

    ProcessedEvents(OutboxRelay relay) {
        this.relay = relay;
    }

    /**
     * One attempt: in a new transaction, records (consumer, event id) and runs {@code effect}, unless
     * the event had been processed before (then completes with false and changes nothing). A failure
     * rolls both back and surfaces unchanged; it must run on a Vert.x duplicated context.
     */
    public Uni<Boolean> processOnce(String consumer, UUID eventId, Supplier<Uni<Void>> effect) {
        return Panache.withTransaction(() -> recordAndApply(consumer, eventId, effect)).invoke(fresh -> {
            if (fresh) {
                relay.requestDrain();
            }
        });
    }

    /** An event of a batch: its id and its effect. */
    public record Pending(UUID eventId, Supplier<Uni<Void>> effect) {
    }

    /**
     * One attempt at a batch: in one new transaction, each event in order as {@link #processOnce} would, so a
     * poll of many events costs one commit. Answers how many were new. A failure of any rolls all back.
     */
    public Uni<Integer> processAllOnce(String consumer, List<Pending> events) {
        return Panache.withTransaction(() -> {
            Uni<Integer> applied = Uni.createFrom().item(0);
            for (Pending event : events) {
                applied = applied.chain(count -> recordAndApply(consumer, event.eventId(), event.effect())
                        .map(fresh -> fresh ? count + 1 : count));
            }
            return applied;
        }).invoke(applied -> {
            if (applied > 0) {
                relay.requestDrain();
            }
        });
    }

    private Uni<Boolean> recordAndApply(String consumer, UUID eventId, Supplier<Uni<Void>> effect) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(RECORD)
                        .setParameter("eventId", eventId)
                        .setParameter("consumer", consumer)
                        .executeUpdate())
                .chain(inserted -> {
                    if (inserted == 0) {
                        Log.debugf("%s skips event %s: already processed", consumer, eventId);
                        return Uni.createFrom().item(false);
                    }
                    return effect.get().replaceWith(true);
                });
    }
}
