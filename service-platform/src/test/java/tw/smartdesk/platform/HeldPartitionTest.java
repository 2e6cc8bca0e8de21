package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tw.smartdesk.kafkasetup.BrokerSettings;
import tw.smartdesk.platform.ProbeDatabase.Receipt;
import tw.smartdesk.platform.probe.ProbeConsumer;
import tw.smartdesk.platform.probe.ProbeEvents;

/**
 * A record that keeps failing for a transient reason holds its partition (later events of that
 * partition wait, in order) while the other partitions flow; readiness and the stuck gauge say so.
 */
@QuarkusTest
class HeldPartitionTest {

    @AfterEach
    void release() {
        ProbeConsumer.hold(false);
    }

    @Test
    void aHeldPartitionWaitsInOrderWhileAnotherPartitionFlows() {
        UUID held = UUID.randomUUID();
        UUID behind = keyOnPartition(partitionOf(held), held);
        UUID free = keyOnOtherPartition(partitionOf(held));
        ProbeConsumer.hold(true);

        var heldEvent = ProbeEvents.submitted(held, 1, ProbeConsumer.HOLD);
        var behindEvent = ProbeEvents.submitted(behind, 1);
        CloudEventRecords.send(CloudEventRecords.of(heldEvent), CloudEventRecords.of(behindEvent));
        for (int seq = 1; seq <= 3; seq++) {
            CloudEventRecords.send(CloudEventRecords.of(ProbeEvents.submitted(free, seq)));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeDatabase.receipts(free).size() == 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> "DOWN".equals(ConsumerHealth.status()));
        assertThat(ConsumerHealth.stuck()).containsKey(ProbeConsumer.CONSUMER + " application-events-" + partitionOf(held));
        assertThat(ConsumerHealth.stuck().values()).allSatisfy(detail -> assertThat(detail.toString())
                .contains("java.lang.IllegalStateException: Probe held on purpose"));
        assertThat(ConsumerHealth.stuckSeconds(ProbeConsumer.CONSUMER)).isGreaterThan(1);
        assertThat(ProbeDatabase.receipts(held)).isEmpty();
        assertThat(ProbeDatabase.receipts(behind)).isEmpty();

        ProbeConsumer.hold(false);
        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeDatabase.receipts(behind).size() == 1);
        assertThat(ProbeDatabase.receipts(held)).containsExactly(new Receipt(1, heldEvent.eventId(), 1));
        assertThat(ProbeDatabase.query("select r.id < b.id from probe_receipt r, probe_receipt b"
                + " where r.event_id = ? and b.event_id = ?", rows -> rows.getBoolean(1), heldEvent.eventId(),
                behindEvent.eventId())).containsExactly(true);
        await().atMost(Duration.ofSeconds(10)).until(() -> "UP".equals(ConsumerHealth.status()));
        assertThat(ConsumerHealth.stuckSeconds(ProbeConsumer.CONSUMER)).isZero();
    }

    /** The partition the default partitioner picks for a key, as the producers do. */
    static int partitionOf(UUID key) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % BrokerSettings.PARTITIONS;
    }

    private static UUID keyOnPartition(int partition, UUID other) {
        UUID key = UUID.randomUUID();
        while (partitionOf(key) != partition || key.equals(other)) {
            key = UUID.randomUUID();
        }
        return key;
    }

    private static UUID keyOnOtherPartition(int partition) {
        UUID key = UUID.randomUUID();
        while (partitionOf(key) == partition) {
            key = UUID.randomUUID();
        }
        return key;
    }
}
