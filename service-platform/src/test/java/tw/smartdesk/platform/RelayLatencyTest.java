package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.smartdesk.platform.ProbeClient.TOPIC;
import static tw.smartdesk.platform.ProbeClient.header;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.config.OutboxConfig;
import tw.smartdesk.platform.outbox.OutboxRelay;
import tw.smartdesk.testsupport.KafkaBroker;

/**
 * How soon the poll finds a committed event (ADR 0010; {@link RelayWakeUpTest} shows the wake-up after the
 * platform's own commits): within {@code smartdesk.outbox.poll-interval} (100 ms) plus the send; an idle relay
 * runs one cheap query per interval.
 */
@QuarkusTest
class RelayLatencyTest {

    private static final int COMMITS = 20;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @BeforeEach
    void relayLeads() {
        await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
    }

    @Test
    void anEventCommittedOutsideThePlatformsCommitPointsIsFoundByTheNextPoll() {
        List<Long> afterCommit = new ArrayList<>();
        List<Long> afterRequest = new ArrayList<>();
        try (KafkaConsumer<String, String> tail = tail()) {
            for (int i = 0; i < COMMITS; i++) {
                long requested = System.nanoTime();
                // /probe/events commits through @WithTransaction: nothing wakes the relay but its poll
                UUID eventId = ProbeClient.writeOne(UUID.randomUUID(), 1);
                long committed = System.nanoTime();
                long seen = awaitRecord(tail, record -> eventId.toString().equals(header(record, "ce_id")));
                afterCommit.add((seen - committed) / 1_000_000);
                afterRequest.add((seen - requested) / 1_000_000);
            }
        }
        System.out.printf("Outbox latency, polled (every %d ms), over %d commits, ms: commit->consumed p50 %d p90 %d max %d;"
                        + " request->consumed p50 %d p90 %d max %d%n", config.pollInterval().toMillis(), COMMITS,
                percentile(afterCommit, 50), percentile(afterCommit, 90), percentile(afterCommit, 100),
                percentile(afterRequest, 50), percentile(afterRequest, 90), percentile(afterRequest, 100));
        // half a poll interval plus the send on average; the bounds leave room for a noisy 2-core machine
        assertThat(percentile(afterCommit, 50)).isLessThan(250);
        assertThat(percentile(afterRequest, 90)).isLessThan(1000);
    }

    @Test
    void anIdleRelayRunsAboutOneQueryPerPollInterval() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ProbeDatabase.count("select count(*) from outbox_event where published_at is null") == 0);
        // the probe consumer's commits wake the relay too: let it finish what the other tests sent
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(1)).until(() -> true);
        long before = relay.rounds();
        long started = System.nanoTime();
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        long rounds = relay.rounds() - before;
        long expected = Duration.ofNanos(System.nanoTime() - started).toMillis() / config.pollInterval().toMillis();
        System.out.printf("Outbox relay rounds in 3 s idle: %d (one per %d ms: %d)%n", rounds, config.pollInterval().toMillis(),
                expected);
        // timers run late on a busy machine, never early; a round under way and a late consumer commit may add some
        assertThat(rounds).isBetween(expected / 3, expected + 5);
    }

    /** A consumer positioned at the current end of every partition. */
    private static KafkaConsumer<String, String> tail() {
        Properties props = KafkaBroker.clientProperties();
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /** Polls until a matching record arrives; returns {@link System#nanoTime()} at its arrival. */
    private static long awaitRecord(KafkaConsumer<String, String> consumer, Predicate<ConsumerRecord<String, String>> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(5))) {
                if (wanted.test(record)) {
                    return System.nanoTime();
                }
            }
        }
        throw new AssertionError("The record did not reach " + TOPIC + " within 20 s");
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
