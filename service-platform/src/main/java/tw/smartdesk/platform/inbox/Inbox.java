package tw.smartdesk.platform.inbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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
 *
 * <p>A channel with {@code batch=true} hands over a whole poll: {@link #consumeBatch} applies its events in
 * one transaction (one commit per poll instead of one per event; each still recorded in
 * {@code processed_event}, so exactly once in effect) and dead-letters its poison. When a business rule
 * rejects one event of the batch, or the batch holds a tombstone, the batch is consumed record by record as
 * above, so only the guilty record is dead-lettered.
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

    /** Consumes one poll of a topic without tombstones, as the {@code @Incoming} method of a batch channel receives it. */
    public Uni<Void> consumeBatch(String consumer, Topic topic, ConsumerRecords<String, String> poll, EventHandler handler) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(poll.count());
        poll.forEach(records::add);
        return consumeBatch(consumer, topic, records, handler, null);
    }

    /**
     * Consumes the records of one poll (a channel with {@code batch=true}), in order; completes once every
     * record is applied, ignored or dead-lettered. A transient failure retries the whole batch, holding it.
     */
    private Uni<Void> consumeBatch(String consumer, Topic topic, List<ConsumerRecord<String, String>> records,
            EventHandler handler, TombstoneHandler tombstones) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        held.watch(consumer);
        return retry.untilDone(HeldRecord.of(consumer, records.get(0)),
                () -> attemptBatch(consumer, topic, records, handler, tombstones));
    }

    private Uni<Void> attemptBatch(String consumer, Topic topic, List<ConsumerRecord<String, String>> records,
            EventHandler handler, TombstoneHandler tombstones) {
        if (records.stream().anyMatch(IncomingEvents::isTombstone)) {
            return oneByOne(consumer, topic, records, handler, tombstones);
        }
        List<ProcessedEvents.Pending> pending = new ArrayList<>();
        Map<ConsumerRecord<String, String>, RuntimeException> poison = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                SmartDeskEvent event = IncomingEvents.read(topic, record);
                Supplier<Uni<Void>> effect = handler.effectOf(event);
                if (effect != null) {
                    pending.add(new ProcessedEvents.Pending(event.eventId(), effect));
                }
            } catch (RuntimeException failure) {
                RuntimeException reason = DeadLetters.poisonIn(failure);
                if (reason == null) {
                    throw failure;
                }
                poison.put(record, reason);
            }
        }
        Uni<Integer> applied = pending.isEmpty() ? Uni.createFrom().item(0) : processedEvents.processAllOnce(consumer, pending);
        return applied.chain(() -> deadLetterAll(consumer, poison))
                .onFailure(failure -> DeadLetters.poisonIn(failure) != null)
                .recoverWithUni(rejected -> oneByOne(consumer, topic, records, handler, tombstones));
    }

    private Uni<Void> oneByOne(String consumer, Topic topic, List<ConsumerRecord<String, String>> records,
            EventHandler handler, TombstoneHandler tombstones) {
        Uni<Void> consumed = Uni.createFrom().voidItem();
        for (ConsumerRecord<String, String> record : records) {
            consumed = consumed.chain(() -> attempt(consumer, topic, record, handler, tombstones));
        }
        return consumed;
    }

    private Uni<Void> deadLetterAll(String consumer, Map<ConsumerRecord<String, String>, RuntimeException> poison) {
        Uni<Void> sent = Uni.createFrom().voidItem();
        for (Map.Entry<ConsumerRecord<String, String>, RuntimeException> record : poison.entrySet()) {
            sent = sent.chain(() -> deadLetters.send(consumer, record.getKey(), record.getValue()));
        }
        return sent;
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
