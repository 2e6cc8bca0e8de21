package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.ProbeDatabase.Receipt;
import tw.smartdesk.testsupport.KafkaBroker;

/** With the broker down, writes still commit and their events wait; afterwards each arrives once, in order. */
@QuarkusTest
class BrokerOutageTest {

    private static final int WRITES_DURING_OUTAGE = 10;

    @Inject
    KafkaClientService kafka;

    @Test
    void theRelayProducerWaitsForAllReplicasAndIsIdempotent() {
        Map<String, ?> producer = kafka.getProducer("outbox-relay").configuration();
        assertThat(String.valueOf(producer.get("acks"))).isIn("all", "-1");
        assertThat(String.valueOf(producer.get("enable.idempotence"))).isEqualTo("true");
        assertThat(String.valueOf(producer.get("linger.ms"))).as("one key's rows go one at a time: no linger").isEqualTo("0");
    }

    @Test
    void eventsWrittenDuringAnOutageArriveExactlyOnceAndInOrderAfterTheBrokerReturns() {
        assumeFalse(KafkaBroker.isExternal(), "an external broker cannot be stopped by the test");
        KafkaBroker broker = KafkaBroker.inProcess();
        assertThat(broker.servers()).isEqualTo(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        List<UUID> keys = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        keys.forEach(key -> ProbeClient.writeOne(key, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> keys.stream().allMatch(key -> ProbeDatabase.receipts(key).size() == 1));

        broker.stop();
        try {
            for (int seq = 2; seq <= WRITES_DURING_OUTAGE + 1; seq++) {
                for (UUID key : keys) {
                    ProbeClient.writeOne(key, seq);
                }
            }
            // longer than the producer's delivery timeout: the relay's sends fail and its rounds are retried
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> keys.stream()
                    .allMatch(key -> ProbeDatabase.unpublishedRows(key) == WRITES_DURING_OUTAGE));
        } finally {
            broker.start();
        }

        List<Integer> expected = IntStream.rangeClosed(1, WRITES_DURING_OUTAGE + 1).boxed().toList();
        for (UUID key : keys) {
            await().atMost(Duration.ofSeconds(60)).until(() -> ProbeDatabase.receipts(key).size() >= expected.size());
            assertThat(ProbeDatabase.receipts(key)).extracting(Receipt::sentSeq).isEqualTo(expected);
            await().atMost(Duration.ofSeconds(10)).until(() -> ProbeDatabase.unpublishedRows(key) == 0);
        }
    }
}
