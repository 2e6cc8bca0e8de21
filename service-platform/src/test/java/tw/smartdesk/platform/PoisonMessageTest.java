package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.smartdesk.platform.ProbeClient.TOPIC;
import static tw.smartdesk.platform.ProbeClient.header;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.EventSources;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.events.locker.CompartmentSize;
import tw.smartdesk.events.locker.LockerCapacityExhausted;
import tw.smartdesk.platform.ProbeDatabase.Receipt;
import tw.smartdesk.platform.probe.ProbeConsumer;
import tw.smartdesk.platform.probe.ProbeEvents;
import tw.smartdesk.testsupport.TopicReader;

/** A record that breaks the contract goes to the dead-letter topic with its reason, and the partition moves on. */
@QuarkusTest
class PoisonMessageTest {

    @Test
    void poisonLandsInTheDeadLetterTopicAndTheNextEventOfThePartitionIsConsumed() {
        UUID key = UUID.randomUUID();
        ApplicationSubmitted unreadable = ProbeEvents.submitted(key, 98);
        ProducerRecord<String, String> broken = CloudEventRecords.of(unreadable);
        RecordMetadata invalidJson = CloudEventRecords.send(
                new ProducerRecord<>(TOPIC, null, key.toString(), "{\"eventId\": not json", broken.headers()));
        RecordMetadata noType = CloudEventRecords.send(
                new ProducerRecord<>(TOPIC, key.toString(), CloudEventRecords.of(ProbeEvents.submitted(key, 99)).value()));
        UUID valid = ProbeClient.writeOne(key, 1);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> ProbeDatabase.receipts(key).stream().anyMatch(receipt -> receipt.eventId().equals(valid)));
        assertThat(ProbeDatabase.receipts(key)).containsExactly(new Receipt(1, valid, 1));

        List<ConsumerRecord<String, String>> dead = deadLetters(key, 2);
        assertThat(dead).extracting(record -> header(record, "dead-letter-offset"))
                .containsExactly(String.valueOf(invalidJson.offset()), String.valueOf(noType.offset()));
        assertThat(dead).allSatisfy(record -> {
            assertThat(header(record, "dead-letter-topic")).isEqualTo(TOPIC);
            assertThat(header(record, "dead-letter-partition")).isEqualTo(String.valueOf(invalidJson.partition()));
            assertThat(header(record, "dead-letter-exception-class-name"))
                    .isEqualTo("tw.smartdesk.events.MalformedEventException");
            assertThat(header(record, "dead-letter-consumer")).isEqualTo(ProbeConsumer.CONSUMER);
        });
        assertThat(header(dead.get(0), "dead-letter-reason")).contains("Not a valid ApplicationSubmitted");
        assertThat(dead.get(0).value()).isEqualTo("{\"eventId\": not json");
        assertThat(header(dead.get(0), "ce_id")).isEqualTo(unreadable.eventId().toString());
        assertThat(header(dead.get(1), "dead-letter-reason")).contains("no ce_type header");
    }

    @Test
    void aRecordBreakingTheContractIsDeadLetteredWithItsReasonAndThePartitionFlowsOn() {
        UUID key = UUID.randomUUID();
        ProducerRecord<String, String> wrongSource = CloudEventRecords.with(
                CloudEventRecords.of(ProbeEvents.submitted(key, 1)), "ce_source", EventSources.ANALYTICS_SERVICE);
        ProducerRecord<String, String> noSource = CloudEventRecords.with(
                CloudEventRecords.of(ProbeEvents.submitted(key, 2)), "ce_source", null);
        LockerCapacityExhausted lockerEvent = new LockerCapacityExhausted(UUID.randomUUID(), Instant.now(), key, "TTCSC-MAIN",
                CompartmentSize.S);
        ProducerRecord<String, String> lockerRecord = CloudEventRecords.of(lockerEvent);
        ProducerRecord<String, String> wrongTopic = new ProducerRecord<>(TOPIC, null, key.toString(), lockerRecord.value(),
                lockerRecord.headers());
        ProducerRecord<String, String> schemaBroken = CloudEventRecords.of(ProbeEvents.submitted(key, 3));
        schemaBroken = new ProducerRecord<>(TOPIC, null, key.toString(),
                schemaBroken.value().replace("\"applicantRef\":\"APL-probe\",", ""), schemaBroken.headers());
        ProducerRecord<String, String> noValue = new ProducerRecord<>(TOPIC, key.toString(), null);
        ApplicationSubmitted valid = ProbeEvents.submitted(key, 4);
        CloudEventRecords.send(wrongSource, noSource, wrongTopic, schemaBroken, noValue, CloudEventRecords.of(valid));

        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeDatabase.receipts(key).size() == 1);
        assertThat(ProbeDatabase.receipts(key)).containsExactly(new Receipt(1, valid.eventId(), 4));

        assertThat(deadLetters(key, 5)).extracting(record -> header(record, "dead-letter-reason")).satisfiesExactly(
                reason -> assertThat(reason).contains("comes from " + EventSources.ANALYTICS_SERVICE),
                reason -> assertThat(reason).contains("has no ce_source header"),
                reason -> assertThat(reason).contains("belongs on locker-events, not on application-events"),
                reason -> assertThat(reason).contains("fails its schema").contains("applicantRef"),
                reason -> assertThat(reason).contains("not compacted"));
    }

    private static List<ConsumerRecord<String, String>> deadLetters(UUID key, int count) {
        try (TopicReader deadLetters = new TopicReader(TOPIC + ".dlq")) {
            return deadLetters.await(record -> key.toString().equals(record.key()), count, Duration.ofSeconds(20));
        }
    }
}
