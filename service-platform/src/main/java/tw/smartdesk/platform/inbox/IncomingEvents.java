package tw.smartdesk.platform.inbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.EventJson;
import tw.smartdesk.events.EventType;
import tw.smartdesk.events.MalformedEventException;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * Reads a Kafka record as the event its {@code ce_type} header names. Anything that cannot be read
 * (no header, unknown type, invalid JSON, missing id) throws {@link MalformedEventException}, which
 * the channel's dead-letter strategy sends to {@code <topic>.dlq}.
 */
public final class IncomingEvents {

    public static final String CE_TYPE_HEADER = "ce_type";

    private IncomingEvents() {
    }

    public static SmartDeskEvent read(ConsumerRecord<String, String> record) {
        Header typeHeader = record.headers().lastHeader(CE_TYPE_HEADER);
        if (typeHeader == null) {
            throw new MalformedEventException("Record has no " + CE_TYPE_HEADER + " header");
        }
        EventType type = EventCatalog.byCeType(new String(typeHeader.value(), StandardCharsets.UTF_8));
        if (record.value() == null) {
            throw new MalformedEventException("Record of type " + type.ceType() + " has no value");
        }
        SmartDeskEvent event = EventJson.read(record.value(), type.eventClass());
        if (event.eventId() == null || event.occurredAt() == null) {
            throw new MalformedEventException("Event of type " + type.ceType() + " lacks eventId or occurredAt");
        }
        return event;
    }
}
