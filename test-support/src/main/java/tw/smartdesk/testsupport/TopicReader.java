package tw.smartdesk.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tw.smartdesk.kafkasetup.KafkaAccess;

/**
 * Reads a topic from the beginning with a fresh consumer group, for tests that check what was
 * really published (key, headers, value).
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    /** A reader logged in as the super user (it may read every topic). */
    public TopicReader(String topic) {
        this(topic, KafkaAccess.ADMIN);
    }

    /** A reader logged in as {@code principal}, in a group of that principal's prefix. */
    public TopicReader(String topic, String principal) {
        this(topic, principal, KafkaBroker.clientProperties(principal));
    }

    /**
     * A reader of any broker: {@code client} holds the bootstrap servers and the login of {@code principal} (for a
     * broker in a container, say); the group is of that principal's prefix.
     */
    public TopicReader(String topic, String principal, Properties client) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, principal + "-test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code count} records match, or fails after {@code timeout}; returns the matches. */
    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> match, int count,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            List<ConsumerRecord<String, String>> matches = seen.stream().filter(match).toList();
            if (matches.size() >= count) {
                return matches;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + count + " matching records within " + timeout
                        + ", saw " + matches.size() + " of " + seen.size());
            }
        }
    }

    /** Every record read so far. */
    public List<ConsumerRecord<String, String>> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
