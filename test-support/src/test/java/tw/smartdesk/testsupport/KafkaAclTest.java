package tw.smartdesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.smartdesk.kafkasetup.KafkaCredentials;

/**
 * The test broker enforces kafka-setup's ACLs, as the local stack's and docker-compose's do: restricted topics are
 * read only by their named consumers, a service writes only its own topics, county systems read public topics.
 */
class KafkaAclTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @BeforeAll
    static void onlyOnTheTestBroker() {
        assumeFalse(KafkaBroker.isExternal(), "an external broker is used without SASL and ACLs");
    }

    @Test
    void aCountySystemReadsPublicEventsButNotApplicantContacts() {
        String key = UUID.randomUUID().toString();
        send("application-service", "application-events", key);

        assertThat(readUntilFound("external-reader", "application-events", key)).isTrue();
        assertThatThrownBy(() -> readUntilFound("external-reader", "applicant-contacts", key))
                .isInstanceOf(TopicAuthorizationException.class).hasMessageContaining("applicant-contacts");
    }

    @Test
    void onlyNotificationServiceReadsApplicantContactsWhichOnlyApplicationServiceWrites() {
        String key = UUID.randomUUID().toString();
        send("application-service", "applicant-contacts", key);

        assertThat(readUntilFound("notification-service", "applicant-contacts", key)).isTrue();
        assertThatThrownBy(() -> readUntilFound("analytics-service", "applicant-contacts", key))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send("notification-service", "applicant-contacts", key))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceCannotWriteAnotherServicesTopic() {
        assertThatThrownBy(() -> send("reservation-service", "application-events", UUID.randomUUID().toString()))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        // writing no topic at all, a county system's idempotent producer is refused already at the cluster
        assertThatThrownBy(() -> send("external-reader", "application-events", UUID.randomUUID().toString()))
                .hasRootCauseInstanceOf(ClusterAuthorizationException.class);
    }

    @Test
    void aConsumerWritesDeadLettersOfWhatItReadsButNotTheTopicItself() {
        send("application-service", "locker-events.dlq", UUID.randomUUID().toString());

        assertThatThrownBy(() -> send("application-service", "locker-events", UUID.randomUUID().toString()))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aConsumerGroupOutsideTheServicesPrefixIsRefused() {
        Properties props = consumerProperties("analytics-service", "someone-else-" + UUID.randomUUID());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("application-events"));
            assertThatThrownBy(() -> pollUntilError(consumer)).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordDoesNotLogIn() {
        Properties props = KafkaBroker.clientProperties("analytics-service");
        props.putAll(KafkaCredentials.clientSettings("analytics-service", "not-the-password"));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("analytics-events", "k", "v")).get(10, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static void send(String principal, String topic, String key) {
        Properties props = KafkaBroker.clientProperties(principal);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, "{}")).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(principal + " could not write " + topic, e);
        }
    }

    /** Reads {@code topic} as {@code principal} until the key turns up; the broker's refusal is thrown as is. */
    private static boolean readUntilFound(String principal, String topic, String key) {
        Properties props = consumerProperties(principal, principal + "-acl-test-" + UUID.randomUUID());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static void pollUntilError(KafkaConsumer<String, String> consumer) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200));
        }
    }

    private static Properties consumerProperties(String principal, String group) {
        Properties props = KafkaBroker.clientProperties(principal);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }
}
