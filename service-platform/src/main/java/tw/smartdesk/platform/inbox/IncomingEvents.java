package tw.smartdesk.platform.inbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.EventJson;
import tw.smartdesk.events.EventType;
import tw.smartdesk.events.MalformedEventException;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.Topic;

/**
 * Reads a Kafka record as the event its {@code ce_type} header names. Anything that cannot be read
 * throws {@link MalformedEventException}: a poison message, which {@link Inbox} sends to
 * {@code <topic>.dlq} with the exception's message as its reason.
 */
public final class IncomingEvents {

    public static final String CE_TYPE_HEADER = "ce_type";
    public static final String CE_SOURCE_HEADER = "ce_source";
    public static final String CE_ID_HEADER = "ce_id";

    private IncomingEvents() {
    }

    /**
     * The event of a record consumed from {@code topic}, checked against the contract: its type is
     * catalogued and travels on {@code topic}, its {@code ce_source} is the service the catalogue
     * names for the type, its value passes the type's JSON Schema and reads into the record class.
     */
    public static SmartDeskEvent read(Topic topic, ConsumerRecord<String, String> record) {
        EventType type = typeOf(record);
        if (type.topic() != topic) {
            throw new MalformedEventException("Event type " + type.ceType() + " belongs on " + type.topic().topicName()
                    + ", not on " + topic.topicName());
        }
        String source = header(record, CE_SOURCE_HEADER);
        if (!type.source().equals(source)) {
            throw new MalformedEventException(source == null ? "Record of type " + type.ceType() + " has no "
                    + CE_SOURCE_HEADER + " header" : "Record of type " + type.ceType() + " comes from " + source
                    + ", not from its producer " + type.source());
        }
        if (record.value() == null) {
            throw new MalformedEventException("Record of type " + type.ceType() + " has no value");
        }
        EventSchemas.validateIncoming(type, record.value());
        return readValue(type, record.value());
    }

    /**
     * Reads by type only, without the topic, source and schema checks of {@link #read(Topic, ConsumerRecord)}.
     * Consumers use {@link Inbox}, which does all of them.
     */
    public static SmartDeskEvent read(ConsumerRecord<String, String> record) {
        EventType type = typeOf(record);
        if (record.value() == null) {
            throw new MalformedEventException("Record of type " + type.ceType() + " has no value");
        }
        return readValue(type, record.value());
    }

    /**
     * Whether the record is a tombstone: a null value and no {@code ce_type} header (other headers,
     * such as {@code ce_subject} or a marker, may be present). Only compacted topics carry tombstones.
     */
    public static boolean isTombstone(ConsumerRecord<?, ?> record) {
        return record.value() == null && record.headers().lastHeader(CE_TYPE_HEADER) == null;
    }

    /** The text of the last header called {@code name}, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static EventType typeOf(ConsumerRecord<String, String> record) {
        String ceType = header(record, CE_TYPE_HEADER);
        if (ceType == null) {
            throw new MalformedEventException("Record has no " + CE_TYPE_HEADER + " header");
        }
        return EventCatalog.byCeType(ceType);
    }

    private static SmartDeskEvent readValue(EventType type, String value) {
        SmartDeskEvent event = EventJson.read(value, type.eventClass());
        if (event.eventId() == null || event.occurredAt() == null) {
            throw new MalformedEventException("Event of type " + type.ceType() + " lacks eventId or occurredAt");
        }
        return event;
    }
}
