package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The producer that writes dead letters (and re-drives them) waits for all in-sync replicas and is
 * idempotent, through the platform's connector-wide default rather than a setting of its own channel.
 */
@QuarkusTest
class DeadLetterProducerTest {

    @Inject
    KafkaClientService kafka;

    @Test
    void deadLettersAreSentWithAcksAllAndIdempotence() {
        Map<String, ?> configuration = kafka.getProducer("dead-letters").configuration();

        assertThat(String.valueOf(configuration.get("acks"))).isIn("all", "-1");
        assertThat(String.valueOf(configuration.get("enable.idempotence"))).isEqualTo("true");
    }
}
