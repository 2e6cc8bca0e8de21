package tw.smartdesk.platform.inbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a dead-letter topic from its beginning to the end it has when the read starts, with a
 * short-lived consumer that joins no group and commits nothing. Blocking: call it on a worker thread.
 */
@ApplicationScoped
class DeadLetterReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> kafka;

    /** {@code kafka} is the service's {@code kafka.*} configuration (bootstrap servers, security). */
    DeadLetterReader(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    /** Every record of {@code topic}, in offset order per partition; fails if that takes longer than {@code timeout}. */
    List<ConsumerRecord<String, String>> readAll(String topic, Duration timeout) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader-" + topic);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            List<TopicPartition> partitions = infos == null ? List.of()
                    : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            return readUntil(consumer, end, System.nanoTime() + timeout.toNanos());
        }
    }

    private static List<ConsumerRecord<String, String>> readUntil(KafkaConsumer<String, String> consumer,
            Map<TopicPartition, Long> end, long deadline) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        while (end.entrySet().stream().anyMatch(partition -> consumer.position(partition.getKey()) < partition.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Could not read " + end.keySet() + " to its end in time");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
        }
        return records;
    }
}
