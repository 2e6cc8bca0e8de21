package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.CancellationReason;
import tw.smartdesk.events.reservation.ReservationCancelled;
import tw.smartdesk.platform.probe.ProbeBatchConsumer;
import tw.smartdesk.testsupport.TopicReader;

/**
 * A channel with {@code batch=true} (the probe's reservation-events consumer) applies a poll in one transaction,
 * each event once, and dead-letters only what is poison: a malformed record of the poll, and the one event a
 * business rule refuses (the rest of that poll is then applied record by record).
 */
@QuarkusTest
class BatchConsumptionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aBurstIsAppliedInFewerTransactionsThanEventsEachOnceAndItsPoisonIsDeadLettered() {
        String site = "S-" + UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
        List<ReservationCancelled> burst = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            burst.add(cancelled(site));
        }
        String poisonKey = UUID.randomUUID().toString();
        try (TopicReader deadLetters = new TopicReader("reservation-events.dlq")) {
            List<ProducerRecord<String, String>> records = new ArrayList<>();
            burst.forEach(event -> records.add(CloudEventRecords.of(event)));
            records.add(CloudEventRecords.of(burst.get(3)));
            ProducerRecord<String, String> poison = CloudEventRecords.of(cancelled(site));
            records.add(CloudEventRecords.with(new ProducerRecord<>(poison.topic(), null, poisonKey, "{not json", poison.headers()),
                    "ce_id", UUID.randomUUID().toString()));
            sendAtOnce(records);

            await().atMost(WAIT).until(() -> ProbeDatabase.count("select count(*) from probe_batch_receipt where site_id = ?", site) == 30);
            ConsumerRecord<String, String> dead = deadLetters.await(r -> poisonKey.equals(r.key()), 1, WAIT).get(0);
            assertThat(new String(dead.headers().lastHeader("dead-letter-consumer").value(), StandardCharsets.UTF_8))
                    .isEqualTo(ProbeBatchConsumer.CONSUMER);
        }
        assertThat(ProbeDatabase.count("select count(distinct tx_id) from probe_batch_receipt where site_id = ?", site))
                .as("transactions for 30 events").isLessThan(30);
        assertThat(ProbeDatabase.count("select count(*) from processed_event where consumer = ? and event_id = ?::uuid",
                ProbeBatchConsumer.CONSUMER, burst.get(3).eventId().toString())).isEqualTo(1);
    }

    @Test
    void anEventABusinessRuleRefusesIsDeadLetteredAloneAndTheRestOfItsPollIsApplied() {
        String site = "S-" + UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(CloudEventRecords.of(cancelled(site)));
        }
        ReservationCancelled refused = cancelled(ProbeBatchConsumer.REJECTED);
        records.add(5, CloudEventRecords.of(refused));
        try (TopicReader deadLetters = new TopicReader("reservation-events.dlq")) {
            sendAtOnce(records);

            await().atMost(WAIT).until(() -> ProbeDatabase.count("select count(*) from probe_batch_receipt where site_id = ?", site) == 10);
            ConsumerRecord<String, String> dead = deadLetters.await(r -> refused.subject().equals(r.key()), 1, WAIT).get(0);
            assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                    .contains("refuses cancellations");
        }
        assertThat(ProbeDatabase.count("select count(*) from probe_batch_receipt where event_id = ?::uuid",
                refused.eventId().toString())).isZero();
    }

    private static ReservationCancelled cancelled(String site) {
        return new ReservationCancelled(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), site, Instant.now(),
                CancellationReason.SITE_CLOSED, ActorRole.ADMIN);
    }

    /** Sends every record before waiting for any acknowledgement, so the consumer finds them in few polls. */
    private static void sendAtOnce(List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = TestProducers.plain()) {
            records.forEach(producer::send);
            producer.flush();
        }
    }
}
