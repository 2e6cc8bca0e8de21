package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.Topic;
import tw.smartdesk.events.contacts.ApplicantContactUpdated;
import tw.smartdesk.events.contacts.ContactLocale;
import tw.smartdesk.events.notification.DeliveryChannel;

/** A tombstone on the compacted applicant-contacts topic reaches the consumer's tombstone handler, not the DLQ. */
@QuarkusTest
class TombstoneTest {

    private static final String TOPIC = Topic.APPLICANT_CONTACTS.topicName();

    @Test
    void aTombstoneErasesTheKeyOnceAndIsNotDeadLettered() {
        String applicantRef = "APL-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        ApplicantContactUpdated contact = new ApplicantContactUpdated(UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MICROS), applicantRef, "+886912345678", null, null,
                ContactLocale.ZH_TW, List.of(DeliveryChannel.SMS), null);
        CloudEventRecords.send(CloudEventRecords.of(contact));
        await().atMost(Duration.ofSeconds(20)).until(() -> contacts(applicantRef) == 1);

        // as the outbox may soon write it: a subject header, but no type and no value
        ProducerRecord<String, String> tombstone = CloudEventRecords.with(new ProducerRecord<>(TOPIC, applicantRef, null),
                "ce_subject", applicantRef);
        CloudEventRecords.send(tombstone);

        await().atMost(Duration.ofSeconds(20)).until(() -> erasures(applicantRef) == 1);
        assertThat(contacts(applicantRef)).isZero();
        assertThat(DeadLetterTopics.readAll(Topic.APPLICANT_CONTACTS.deadLetterTopicName()))
                .noneMatch(record -> applicantRef.equals(record.key()));
    }

    private static long contacts(String applicantRef) {
        return ProbeDatabase.count("select count(*) from probe_contact where applicant_ref = ?", applicantRef);
    }

    private static long erasures(String applicantRef) {
        return ProbeDatabase.count("select count(*) from probe_erasure where applicant_ref = ?", applicantRef);
    }
}
