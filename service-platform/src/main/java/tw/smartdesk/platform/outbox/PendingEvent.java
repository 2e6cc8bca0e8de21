package tw.smartdesk.platform.outbox;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row waiting to be published; a tombstone has no CloudEvents type and no payload.
 *
 * @param attempts failed sends so far
 * @param createdAt when the row was written (publish latency is measured from here)
 */
record PendingEvent(long id, UUID eventId, String topic, String messageKey, String ceType, String ceSource,
        String ceDataSchema, Instant occurredAt, String payload, int attempts, Instant createdAt) {

    static final String COLUMNS = "id, event_id, topic, message_key, ce_type, ce_source, ce_dataschema, occurred_at,"
            + " payload, attempts, created_at";

    boolean isTombstone() {
        return ceType == null;
    }

    static PendingEvent from(Row row) {
        return new PendingEvent(row.getLong("id"), row.getUUID("event_id"), row.getString("topic"),
                row.getString("message_key"), row.getString("ce_type"), row.getString("ce_source"),
                row.getString("ce_dataschema"), row.getOffsetDateTime("occurred_at").toInstant(),
                row.getString("payload"), row.getInteger("attempts"), row.getOffsetDateTime("created_at").toInstant());
    }
}
