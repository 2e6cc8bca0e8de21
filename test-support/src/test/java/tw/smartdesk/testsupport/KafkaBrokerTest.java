package tw.smartdesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.Topic;
import tw.smartdesk.kafkasetup.ContractTopics;

/**
 * The test broker is the production kind: the contract's topics exist as soon as it serves, and a topic
 * outside the contract is never created on first use, so a producer writing to one fails.
 */
class KafkaBrokerTest {

    @Test
    void everyTopicOfTheContractAndItsDeadLetterTopicExistsWithThreePartitions() throws Exception {
        List<String> names = ContractTopics.required().stream().map(NewTopic::name).toList();
        try (Admin admin = admin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);

            assertThat(topics).containsOnlyKeys(names);
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
            assertThat(cleanupPolicy(admin, Topic.APPLICANT_CONTACTS.topicName())).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            assertThat(cleanupPolicy(admin, Topic.APPLICANT_CONTACTS.deadLetterTopicName()))
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
            assertThat(cleanupPolicy(admin, Topic.APPLICATION_EVENTS.topicName())).isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
            assertThat(config(admin, Topic.APPLICANT_CONTACTS.topicName(), TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG)).isEqualTo("86400000");
            assertThat(config(admin, Topic.APPLICANT_CONTACTS.topicName(), TopicConfig.DELETE_RETENTION_MS_CONFIG)).isEqualTo("86400000");
        }
    }

    @Test
    void producingToATopicOutsideTheContractFailsAndCreatesNothing() throws Exception {
        String stray = "not-in-the-contract-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer(Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(stray, "key", "value")).get(10, TimeUnit.SECONDS))
                    .cause().isInstanceOf(TimeoutException.class).hasMessageContaining("not present in metadata")
                    // the broker's own answer: no such topic, and it did not make one
                    .hasRootCauseInstanceOf(UnknownTopicOrPartitionException.class);
        }
        try (Admin admin = admin()) {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            assertThat(topics).doesNotContain(stray).contains(Topic.APPLICATION_EVENTS.topicName());
        }
    }

    @Test
    void creatingTheTopicsAgainFindsThemAllPresent() {
        try (Admin admin = admin()) {
            assertThat(ContractTopics.createMissing(admin)).isEmpty();
        }
    }

    private static String cleanupPolicy(Admin admin, String topic) throws Exception {
        return config(admin, topic, TopicConfig.CLEANUP_POLICY_CONFIG);
    }

    private static String config(Admin admin, String topic, String name) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource).get(name).value();
    }

    private static Admin admin() {
        return Admin.create(KafkaBroker.clientSettings());
    }

    private static KafkaProducer<String, String> producer(Duration maxBlock) {
        Properties properties = KafkaBroker.clientProperties();
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(maxBlock.toMillis()));
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }
}
