package tw.smartdesk.platform;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.EventJson;
import tw.smartdesk.events.EventType;
import tw.smartdesk.events.SmartDeskEvent;

/** Records as the outbox relay writes them (key = subject, CloudEvents binary-mode headers), and variations of them. */
final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /** The record the producing service's relay would publish for {@code event}. */
    static ProducerRecord<String, String> of(SmartDeskEvent event) {
        EventType type = EventCatalog.of(event.getClass());
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic().topicName(), event.subject(),
                EventJson.write(event));
        with(record, "ce_specversion", "1.0");
        with(record, "ce_id", event.eventId().toString());
        with(record, "ce_source", type.source());
        with(record, "ce_type", type.ceType());
        with(record, "ce_subject", event.subject());
        with(record, "ce_time", event.occurredAt().atZone(ZoneOffset.UTC).toString());
        with(record, "ce_dataschema", type.dataSchema());
        return with(record, "content-type", "application/json");
    }

    /** Sets (or with a null value, removes) a header. */
    static ProducerRecord<String, String> with(ProducerRecord<String, String> record, String header, String value) {
        record.headers().remove(header);
        if (value != null) {
            record.headers().add(header, value.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /** Sends with a plain acks=all producer and waits for the broker's acknowledgement. */
    @SafeVarargs
    static RecordMetadata send(ProducerRecord<String, String>... records) {
        RecordMetadata last = null;
        try (KafkaProducer<String, String> producer = TestProducers.plain()) {
            for (ProducerRecord<String, String> record : records) {
                last = producer.send(record).get();
            }
            return last;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
