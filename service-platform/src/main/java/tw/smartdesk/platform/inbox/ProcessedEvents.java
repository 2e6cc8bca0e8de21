package tw.smartdesk.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import tw.smartdesk.events.MalformedEventException;

/**
 * Idempotent consumption: the event id is recorded in {@code processed_event} in the same
 * transaction as the effect, so a redelivered event changes nothing. Call from an {@code @Incoming}
 * method annotated {@code @ActivateRequestContext}.
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final String RECORD = """
            insert into processed_event (event_id, consumer) values (:eventId, :consumer)
            on conflict do nothing
            """;
    private static final int TRANSIENT_RETRIES = 3;

    /**
     * Runs {@code effect} once per (consumer, event id). Completes with false when the event had been
     * processed before. Database failures are retried a few times; after that the failure surfaces
     * and the channel's failure strategy takes over.
     */
    public Uni<Boolean> processOnce(String consumer, UUID eventId, Supplier<Uni<Void>> effect) {
        return Panache.withTransaction(() -> Panache.getSession()
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
                        }))
                .onFailure(failure -> !(failure instanceof MalformedEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(TRANSIENT_RETRIES);
    }
}
