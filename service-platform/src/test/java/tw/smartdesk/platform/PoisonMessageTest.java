package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.smartdesk.platform.ProbeClient.TOPIC;
import static tw.smartdesk.platform.ProbeClient.header;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.EventJson;
import tw.smartdesk.platform.ProbeDatabase.Receipt;
import tw.smartdesk.platform.probe.ProbeEvents;
import tw.smartdesk.testsupport.TopicReader;

/** A record that cannot be read goes to the dead-letter topic with its reason, and the partition moves on. */
@QuarkusTest
class PoisonMessageTest {

    private static final String SUBMITTED = "tw.smartdesk.application.submitted.v1";

    @Test
    void poisonLandsInTheDeadLetterTopicAndTheNextEventOfThePartitionIsConsumed() throws Exception {
        UUID key = UUID.randomUUID();
        RecordMetadata invalidJson;
        RecordMetadata noType;
        try (KafkaProducer<String, String> producer = TestProducers.plain()) {
            ProducerRecord<String, String> broken = new ProducerRecord<>(TOPIC, key.toString(), "{\"eventId\": not json");
            broken.headers().add("ce_type", SUBMITTED.getBytes(StandardCharsets.UTF_8));
            invalidJson = producer.send(broken).get();
            String wellFormed = EventJson.write(ProbeEvents.submitted(key, 99));
            noType = producer.send(new ProducerRecord<>(TOPIC, key.toString(), wellFormed)).get();
        }
        UUID valid = ProbeClient.writeOne(key, 1);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> ProbeDatabase.receipts(key).stream().anyMatch(receipt -> receipt.eventId().equals(valid)));
        assertThat(ProbeDatabase.receipts(key)).containsExactly(new Receipt(1, valid, 1));

        try (TopicReader deadLetters = new TopicReader(TOPIC + ".dlq")) {
            List<ConsumerRecord<String, String>> dead = deadLetters
                    .await(record -> key.toString().equals(record.key()), 2, Duration.ofSeconds(20));
            assertThat(dead).extracting(record -> header(record, "dead-letter-offset"))
                    .containsExactly(String.valueOf(invalidJson.offset()), String.valueOf(noType.offset()));
            assertThat(dead).allSatisfy(record -> {
                assertThat(header(record, "dead-letter-topic")).isEqualTo(TOPIC);
                assertThat(header(record, "dead-letter-partition")).isEqualTo(String.valueOf(invalidJson.partition()));
                assertThat(header(record, "dead-letter-exception-class-name"))
                        .isEqualTo("tw.smartdesk.events.MalformedEventException");
            });
            assertThat(header(dead.get(0), "dead-letter-reason")).contains("Not a valid ApplicationSubmitted");
            assertThat(dead.get(0).value()).isEqualTo("{\"eventId\": not json");
            assertThat(header(dead.get(1), "dead-letter-reason")).contains("no ce_type header");
        }
    }
}
