package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.smartdesk.platform.ProbeClient.TOPIC;
import static tw.smartdesk.platform.ProbeClient.header;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.platform.ProbeDatabase.Receipt;
import tw.smartdesk.platform.probe.ProbeConsumer;
import tw.smartdesk.platform.probe.ProbeEvents;
import tw.smartdesk.testsupport.TopicReader;

/**
 * A consumer built on Inbox applies each event once: a redelivered event (same id) changes
 * nothing, and an effect that fails is retried with its processed_event record rolled back too.
 */
@QuarkusTest
class IdempotentConsumerTest {

    @Test
    void theSameRecordProducedAgainChangesNothing() throws Exception {
        UUID key = UUID.randomUUID();
        UUID first = ProbeClient.writeOne(key, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeDatabase.receipts(key).size() == 1);

        ConsumerRecord<String, String> original;
        try (TopicReader reader = new TopicReader(TOPIC)) {
            original = reader.await(r -> first.toString().equals(header(r, "ce_id")), 1, Duration.ofSeconds(20)).get(0);
        }
        try (KafkaProducer<String, String> producer = TestProducers.plain()) {
            for (int copy = 0; copy < 2; copy++) {
                producer.send(new ProducerRecord<>(TOPIC, null, original.key(), original.value(),
                        new RecordHeaders(original.headers().toArray()))).get();
            }
        }
        // a later event of the same key shares the partition: once it is in, the copies have been consumed
        UUID second = ProbeClient.writeOne(key, 2);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ProbeDatabase.receipts(key).stream().anyMatch(receipt -> receipt.eventId().equals(second)));

        assertThat(ProbeDatabase.receipts(key)).containsExactly(new Receipt(1, first, 1), new Receipt(2, second, 2));
        assertThat(processed(first)).isEqualTo(1);
    }

    @Test
    void anEffectThatFailsOnceIsRetriedAndAppliedOnce() throws Exception {
        UUID key = UUID.randomUUID();
        ApplicationSubmitted event = ProbeEvents.submitted(key, 1, ProbeConsumer.FAIL_ONCE);
        CloudEventRecords.send(CloudEventRecords.of(event));

        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeDatabase.receipts(key).size() == 1);
        assertThat(ProbeConsumer.hasFailedOnce(event.eventId())).isTrue();
        assertThat(ProbeDatabase.receipts(key)).containsExactly(new Receipt(1, event.eventId(), 1));
        assertThat(processed(event.eventId())).isEqualTo(1);
    }

    private static long processed(UUID eventId) {
        return ProbeDatabase.count("select count(*) from processed_event where event_id = ? and consumer = ?",
                eventId, ProbeConsumer.CONSUMER);
    }
}
