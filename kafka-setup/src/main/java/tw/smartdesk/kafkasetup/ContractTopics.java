package tw.smartdesk.kafkasetup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import tw.smartdesk.events.Topic;

/**
 * The topics of the contract ({@link Topic}) and their dead-letter topics, created on a broker when missing:
 * {@value BrokerSettings#PARTITIONS} partitions each, one replica (one broker), compacted where the contract
 * says so. A dead-letter topic is never compacted: every poison message is kept.
 */
public final class ContractTopics {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * On a compacted topic, the longest a superseded value or a value before a tombstone stays uncompacted: the
     * broker rolls the active segment and cleans it within this time even when little was written.
     */
    public static final Duration MAX_COMPACTION_LAG = Duration.ofHours(24);
    /** How long a tombstone stays readable after compaction, for consumers that were away, before it goes too. */
    public static final Duration TOMBSTONE_RETENTION = Duration.ofHours(24);

    private ContractTopics() {
    }

    /** Every topic, in the order of {@link Topic}, each followed by its dead-letter topic. */
    public static List<NewTopic> required() {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            NewTopic main = new NewTopic(topic.topicName(), BrokerSettings.PARTITIONS, (short) 1);
            if (topic.compacted()) {
                main.configs(compactedConfigs());
            }
            topics.add(main);
            topics.add(new NewTopic(topic.deadLetterTopicName(), BrokerSettings.PARTITIONS, (short) 1));
        }
        return topics;
    }

    /**
     * A compacted topic (applicant-contacts) forgets an erased person in bounded time: the values before the
     * tombstone are compacted away at most {@link #MAX_COMPACTION_LAG} after they were written (plus the log
     * cleaner's back-off of seconds), and the tombstone itself at most {@link #TOMBSTONE_RETENTION} after that.
     */
    public static Map<String, String> compactedConfigs() {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, String.valueOf(MAX_COMPACTION_LAG.toMillis()),
                TopicConfig.DELETE_RETENTION_MS_CONFIG, String.valueOf(TOMBSTONE_RETENTION.toMillis()));
    }

    /**
     * Creates the required topics the broker does not have yet and returns the names it created; a topic
     * that someone else created in the meantime counts as present.
     *
     * @throws TopicSetupException when the broker does not answer in time or refuses a topic
     */
    public static List<String> createMissing(Admin admin) {
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = required().stream().filter(topic -> !existing.contains(topic.name())).toList();
            Map<String, KafkaFuture<Void>> results = admin.createTopics(missing).values();
            List<String> created = new ArrayList<>();
            for (NewTopic topic : missing) {
                if (createdNow(results.get(topic.name()))) {
                    created.add(topic.name());
                }
            }
            return created;
        } catch (ExecutionException | TimeoutException e) {
            throw new TopicSetupException("Cannot create the topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicSetupException("Interrupted while creating the topics", e);
        }
    }

    private static boolean createdNow(KafkaFuture<Void> result)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            result.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw e;
        }
    }
}
