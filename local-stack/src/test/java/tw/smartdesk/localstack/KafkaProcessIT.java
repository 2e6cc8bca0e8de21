package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.smartdesk.kafkasetup.ContractTopics;

/**
 * The real broker process: formatted on the first start only; the second start finds its data and topics.
 * Whatever way the test ends, no broker (or storage tool) of its state folder outlives it, and the folder goes.
 */
class KafkaProcessIT {

    @TempDir
    Path state;

    private final ProcessGuard guard = new ProcessGuard();

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        guard.close();
    }

    @Test
    void theSecondStartReusesTheStorageAndTheTopics() throws Exception {
        List<Integer> ports = FreePorts.next(2);
        StackSettings settings = StackSettings.from(Map.of(
                "SMARTDESK_STATE_DIR", state.toString(),
                "SMARTDESK_KAFKA_PORT", String.valueOf(ports.get(0)),
                "SMARTDESK_KAFKA_CONTROLLER_PORT", String.valueOf(ports.get(1))), new Properties());
        guard.watch(settings);
        guard.temporary(state);
        KafkaProcess kafka = new KafkaProcess(settings, LauncherClasspath.javaCommand());
        assertThat(kafka.formatted()).isFalse();

        ChildProcess first = guard.track(kafka.start());
        String clusterId;
        boolean stoppedInTime;
        try {
            kafka.awaitReady(first, Duration.ofSeconds(90));
            assertThat(Topics.setUp(settings.bootstrapServers(), kafka.credentials()))
                    .containsExactlyElementsOf(ContractTopics.required().stream().map(NewTopic::name).toList());
            clusterId = clusterId(kafka);
        } finally {
            // No assertion here: it would hide the failure that brought the test to this finally.
            first.requestStop();
            stoppedInTime = first.awaitStop();
        }
        assertThat(stoppedInTime).as("stopped by SIGTERM within the grace period").isTrue();
        assertThat(first.logTail(50)).contains("Kafka Server started");
        assertThat(kafka.formatted()).isTrue();

        ChildProcess second = guard.track(kafka.start());
        try {
            kafka.awaitReady(second, Duration.ofSeconds(90));
            assertThat(Topics.setUp(settings.bootstrapServers(), kafka.credentials())).as("the topics survived the restart").isEmpty();
            assertThat(clusterId(kafka)).isEqualTo(clusterId);
        } finally {
            second.requestStop();
            stoppedInTime = second.awaitStop();
        }
        assertThat(stoppedInTime).as("stopped by SIGTERM within the grace period").isTrue();
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
