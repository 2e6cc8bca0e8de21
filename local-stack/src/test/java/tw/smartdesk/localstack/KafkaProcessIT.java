package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real broker process: formatted on the first start only; the second start finds its data and topics. */
class KafkaProcessIT {

    @TempDir
    Path state;

    @Test
    void theSecondStartReusesTheStorageAndTheTopics() throws Exception {
        StackSettings settings = StackSettings.from(Map.of(
                "SMARTDESK_STATE_DIR", state.toString(),
                "SMARTDESK_KAFKA_PORT", String.valueOf(FreePorts.next()),
                "SMARTDESK_KAFKA_CONTROLLER_PORT", String.valueOf(FreePorts.next())), new Properties());
        KafkaProcess kafka = new KafkaProcess(settings, LauncherClasspath.javaCommand());
        assertThat(kafka.formatted()).isFalse();

        ChildProcess first = kafka.start();
        String clusterId;
        try {
            kafka.awaitReady(first, Duration.ofSeconds(90));
            assertThat(Topics.createMissing(settings.bootstrapServers()))
                    .containsExactlyElementsOf(Topics.required().stream().map(NewTopic::name).toList());
            clusterId = clusterId(kafka);
        } finally {
            first.requestStop();
            assertThat(first.awaitStop()).as("stopped by SIGTERM within the grace period").isTrue();
        }
        assertThat(first.logTail(50)).contains("Kafka Server started");
        assertThat(kafka.formatted()).isTrue();

        ChildProcess second = kafka.start();
        try {
            kafka.awaitReady(second, Duration.ofSeconds(90));
            assertThat(Topics.createMissing(settings.bootstrapServers())).as("the topics survived the restart").isEmpty();
            assertThat(clusterId(kafka)).isEqualTo(clusterId);
        } finally {
            second.requestStop();
            assertThat(second.awaitStop()).isTrue();
        }
        assertThat(Files.readString(settings.logsDir().resolve("kafka-format.log"))).as("formatted once")
                .containsOnlyOnce("Formatting");
    }

    private static String clusterId(KafkaProcess kafka) throws Exception {
        Properties meta = new Properties();
        try (var reader = Files.newBufferedReader(kafka.dataDir().resolve("meta.properties"))) {
            meta.load(reader);
        }
        return meta.getProperty("cluster.id");
    }
}
