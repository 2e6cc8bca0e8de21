package tw.smartdesk.platform.inbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tw.smartdesk.events.MalformedEventException;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.Topic;

/**
 * The one way a SmartDesk service consumes events. For each record it
 * <ol>
 * <li>reads it against the contract ({@link IncomingEvents#read(Topic, ConsumerRecord)}: type of this
 * topic, expected {@code ce_source}, JSON Schema) or recognises a tombstone of a compacted topic;</li>
 * <li>applies the handler's effect once, recording the event id in {@code processed_event} in the same
 * transaction ({@link ProcessedEvents});</li>
 * <li>sends poison (unreadable, unknown type, wrong topic or source, failing its schema, a
 * {@link RejectedEventException}) to {@code <topic>.dlq} with its reason, then moves on;</li>
 * <li>retries anything else (database down, timeouts, pool exhausted, serialization conflicts) with
 * back-off and without limit, holding the record and its partition until it succeeds, while
 * {@code /q/health/ready} and {@code smartdesk.consumer.stuck.seconds} report the consumer stuck.</li>
 * </ol>
 *
 * <pre>{@code
 * @Incoming("locker-events")
 * @ActivateRequestContext
 * public Uni<Void> consume(ConsumerRecord<String, String> record) {
 *     return inbox.consume(CONSUMER, Topic.LOCKER_EVENTS, record, handler);
 * }
 * }</pre>
 */
@ApplicationScoped
public class Inbox {

    private final ProcessedEvents processedEvents;
    private final DeadLetters deadLetters;
    private final TransientRetry retry;
    private final HeldRecords held;

    Inbox(ProcessedEvents processedEvents, DeadLetters deadLetters, TransientRetry retry, HeldRecords held) {
        this.processedEvents = processedEvents;
        this.deadLetters = deadLetters;
        this.retry = retry;
        this.held = held;
    }

    /** Consumes a record of a topic without tombstones (on a compacted topic, a tombstone is dead-lettered). */
    public Uni<Void> consume(String consumer, Topic topic, ConsumerRecord<String, String> record, EventHandler handler) {
        return consume(consumer, topic, record, handler, null);
    }

    /**
     * Consumes a record; {@code tombstones} erases a key of a compacted topic. Completes once the record
     * is applied, ignored or dead-lettered; call it from the {@code @Incoming} method (on the record's
     * Vert.x context) and return the result.
     */
    public Uni<Void> consume(String consumer, Topic topic, ConsumerRecord<String, String> record, EventHandler handler,
            TombstoneHandler tombstones) {
        held.watch(consumer);
        return retry.untilDone(HeldRecord.of(consumer, record), () -> attempt(consumer, topic, record, handler, tombstones));
    }

    private Uni<Void> attempt(String consumer, Topic topic, ConsumerRecord<String, String> record, EventHandler handler,
            TombstoneHandler tombstones) {
        return Uni.createFrom().deferred(() -> apply(consumer, topic, record, handler, tombstones))
                .onFailure(failure -> DeadLetters.poisonIn(failure) != null)
                .recoverWithUni(failure -> deadLetters.send(consumer, record, DeadLetters.poisonIn(failure)));
    }

    private Uni<Void> apply(String consumer, Topic topic, ConsumerRecord<String, String> record, EventHandler handler,
            TombstoneHandler tombstones) {
        if (IncomingEvents.isTombstone(record)) {
            return erase(consumer, topic, record, tombstones);
        }
        SmartDeskEvent event = IncomingEvents.read(topic, record);
        Supplier<Uni<Void>> effect = handler.effectOf(event);
        if (effect == null) {
            return Uni.createFrom().voidItem();
        }
        return processedEvents.processOnce(consumer, event.eventId(), effect).replaceWithVoid();
    }

    /** A tombstone has no event id: its position identifies it, so a redelivered tombstone is applied once too. */
    private Uni<Void> erase(String consumer, Topic topic, ConsumerRecord<String, String> record, TombstoneHandler tombstones) {
        if (!topic.compacted()) {
            throw new MalformedEventException("Record without value or " + IncomingEvents.CE_TYPE_HEADER + " on "
                    + topic.topicName() + ", which is not compacted");
        }
        if (tombstones == null) {
            throw new MalformedEventException("Tombstone on " + topic.topicName() + " but " + consumer
                    + " has no tombstone handler");
        }
        if (record.key() == null) {
            throw new MalformedEventException("Tombstone on " + topic.topicName() + " without a key");
        }
        String position = record.topic() + "/" + record.partition() + "/" + record.offset();
        UUID tombstoneId = UUID.nameUUIDFromBytes(position.getBytes(StandardCharsets.UTF_8));
        return processedEvents.processOnce(consumer, tombstoneId, () -> tombstones.erase(record.key())).replaceWithVoid();
    }
}
