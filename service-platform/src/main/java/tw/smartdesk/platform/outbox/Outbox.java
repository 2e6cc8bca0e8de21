package tw.smartdesk.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.EventJson;
import tw.smartdesk.events.EventType;
import tw.smartdesk.events.MalformedEventException;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.Topic;
import tw.smartdesk.platform.inbox.EventSchemas;
import tw.smartdesk.platform.sql.WriteBatch;

/**
 * Writes events to the {@code outbox_event} table in the caller's transaction, so the state change
 * and its event commit or roll back together; {@link OutboxRelay} publishes them afterwards.
 * Every write takes a transaction lock on its key (the insert trigger of {@code outbox_event} for
 * records and tombstones, {@link #forget} explicitly), so two transactions writing one key commit in
 * id order, whatever the callers lock: the relay's id order is the commit order per key. A transaction
 * that writes several keys should write them in a stable order (as all do today) to avoid deadlocks.
 */
@ApplicationScoped
public class Outbox {

    /** Positional parameters for a {@link WriteBatch}; {@link #INSERT_ORDINAL} is the same for a Hibernate session. */
    private static final String INSERT = """
            insert into outbox_event (event_id, topic, message_key, ce_type, ce_source, ce_dataschema, occurred_at, payload)
            values ($1, $2, $3, $4, $5, $6, $7, $8)
            """;
    private static final String INSERT_ORDINAL = INSERT.replace('$', '?');

    private static final String INSERT_TOMBSTONE = """
            insert into outbox_event (event_id, topic, message_key, occurred_at)
            values (:eventId, :topic, :messageKey, :occurredAt)
            """;

    /**
     * Adds a tombstone (a record with a key and no value) for a compacted topic: compaction then
     * removes every earlier value of that key, e.g. a person's contact details on erasure.
     */
    public Uni<Void> recordTombstone(Topic topic, String key) {
        if (!topic.compacted()) {
            throw new IllegalArgumentException("Tombstones only make sense on a compacted topic, not " + topic.topicName());
        }
        return currentSession()
                .chain(session -> session.createNativeQuery(INSERT_TOMBSTONE)
                        .setParameter("eventId", UUID.randomUUID())
                        .setParameter("topic", topic.topicName())
                        .setParameter("messageKey", key)
                        .setParameter("occurredAt", Instant.now())
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static final String LOCK_KEY = """
            select 1 from (select pg_advisory_xact_lock(1331041346,
                                   hashtext(cast(:topic as text) || '/' || cast(:messageKey as text)))) as per_key_lock
            """;
    private static final String FORGET = "delete from outbox_event where topic = :topic and message_key = :messageKey";

    /**
     * Removes every row of {@code key} on {@code topic} still in the outbox (published or not), in the
     * caller's transaction: erasure uses it so no copy of a person's contact details waits to be sent.
     */
    public Uni<Integer> forget(Topic topic, String key) {
        return currentSession()
                .call(session -> session.createNativeQuery(LOCK_KEY)
                        .setParameter("topic", topic.topicName())
                        .setParameter("messageKey", key)
                        .executeUpdate()) // run as an update so its plan is cached once (see CommittedReads)
                .chain(session -> session.createNativeQuery(FORGET)
                        .setParameter("topic", topic.topicName())
                        .setParameter("messageKey", key)
                        .executeUpdate());
    }

    /**
     * Adds the event to the outbox; fails unless called inside a transaction. Refuses, with an
     * {@link IllegalArgumentException} that fails the transaction, a type superseded by a newer version and a
     * value that does not match its closed JSON Schema: a mistake fails a test, not a subscriber.
     */
    public Uni<Void> record(SmartDeskEvent event) {
        EventType type = EventCatalog.of(event.getClass());
        String payload = EventJson.write(event);
        return currentSession()
                .invoke(() -> checkContract(type, event, payload))
                .chain(session -> {
                    var insert = session.createNativeQuery(INSERT_ORDINAL);
                    Object[] values = values(type, event, payload);
                    for (int i = 0; i < values.length; i++) {
                        insert.setParameter(i + 1, values[i]);
                    }
                    return insert.executeUpdate();
                })
                .replaceWithVoid();
    }

    /**
     * Adds the event's outbox row to {@code batch}, to be written in the batch's transaction; refuses a superseded
     * type or a value off its schema at once, as {@link #record(SmartDeskEvent)} does.
     */
    public void record(WriteBatch batch, SmartDeskEvent event) {
        EventType type = EventCatalog.of(event.getClass());
        String payload = EventJson.write(event);
        checkContract(type, event, payload);
        batch.add(INSERT, values(type, event, payload));
    }

    /** The values of {@link #INSERT}, in order. */
    private static Object[] values(EventType type, SmartDeskEvent event, String payload) {
        return new Object[] {event.eventId(), type.topic().topicName(), event.subject(), type.ceType(), type.source(),
                type.dataSchema(), event.occurredAt(), payload};
    }

    private static void checkContract(EventType type, SmartDeskEvent event, String payload) {
        if (EventCatalog.superseded(type)) {
            throw new IllegalArgumentException("Refusing to record " + type.ceType()
                    + ": superseded by a newer version of the event, which producers record instead");
        }
        try {
            EventSchemas.validateOutgoing(type, payload);
        } catch (MalformedEventException e) {
            throw new IllegalArgumentException("Refusing to record " + type.ceType() + " " + event.eventId() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Uni<Mutiny.Session> currentSession() {
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException("The outbox must be written inside a transaction"))
                .chain(transaction -> Panache.getSession());
    }
}
