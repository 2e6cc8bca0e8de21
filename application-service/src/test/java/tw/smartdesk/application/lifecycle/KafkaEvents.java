package tw.smartdesk.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.EventJson;
import tw.smartdesk.events.EventType;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.testsupport.KafkaBroker;
import tw.smartdesk.testsupport.TopicReader;

/** Plays another service on the real broker, and checks what application-service published. */
final class KafkaEvents {

    private static KafkaProducer<String, String> producer;

    private KafkaEvents() {
    }

    /** Publishes an event the way the other services' outbox relays do: key = subject, CloudEvents headers. */
    static void publish(SmartDeskEvent event) {
        EventType type = EventCatalog.of(event.getClass());
        publishRaw(type.topic().topicName(), event.subject(), EventJson.write(event), type.ceType());
    }

    static synchronized void publishRaw(String topic, String key, String value, String ceType) {
        if (producer == null) {
            Properties props = KafkaBroker.clientProperties();
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        if (ceType != null) {
            record.headers().add("ce_type", ceType.getBytes(StandardCharsets.UTF_8))
                    .add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
                    .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            EventCatalog.all().stream().filter(type -> type.ceType().equals(ceType)).findFirst().ifPresent(type ->
                    record.headers().add("ce_source", type.source().getBytes(StandardCharsets.UTF_8)));
        }
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for this application's events on application-events and returns them, oldest first. */
    static List<ConsumerRecord<String, String>> published(UUID applicationId, int count) {
        try (TopicReader reader = new TopicReader("application-events")) {
            return reader.await(record -> applicationId.toString().equals(record.key()), count, Duration.ofSeconds(20));
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * The record is a CloudEvent of application-service about this application, of the given event
     * class, and carries none of the personal strings.
     */
    static void assertCloudEvent(ConsumerRecord<String, String> record, UUID applicationId,
            Class<? extends SmartDeskEvent> eventClass, String... personal) {
        EventType type = EventCatalog.of(eventClass);
        assertThat(record.key()).isEqualTo(applicationId.toString());
        assertThat(header(record, "ce_type")).isEqualTo(type.ceType());
        assertThat(header(record, "ce_source")).isEqualTo("urn:smartdesk:application-service");
        assertThat(header(record, "ce_subject")).isEqualTo(applicationId.toString());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).matches("[0-9a-f-]{36}");
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(header(record, "ce_dataschema")).isEqualTo(type.dataSchema());
        assertThat(header(record, "content-type")).startsWith("application/json");
        assertThat(record.value()).contains("\"applicationId\":\"" + applicationId + "\"");
        for (String text : personal) {
            assertThat(record.value()).doesNotContain(text);
        }
    }
}
