package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BannerTest {

    @Test
    void printsThePortsTheServicesWereStartedOnTheirManagementPortsAndACurlExampleForThem() {
        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_PORT_OFFSET", "1000", "SMARTDESK_PORT_ANALYTICS", "18085",
                "SMARTDESK_SERVICES", "application-service,analytics-service"), new Properties());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Banner.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), settings, Duration.ofSeconds(42),
                Map.of("citizen", "a.b.c"));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .containsPattern("application-service\\s+http://127.0.0.1:9081\\s+http://127.0.0.1:10081\\s+http://127.0.0.1:10081/q/swagger-ui")
                .containsPattern("analytics-service\\s+http://127.0.0.1:18085\\s+http://127.0.0.1:10085\\s+http://127.0.0.1:10085/q/swagger-ui")
                .contains("/q/health/ready, /q/metrics, /q/openapi, /q/swagger-ui on the")
                .contains("curl -i http://127.0.0.1:9081/applications ")
                .doesNotContain(":8081").doesNotContain(":8085");
    }

    @Test
    void tellsCountySystemsHowToReadThePublicTopics() {
        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_KAFKA_PORT", "19092"), new Properties());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Banner.printKafkaReader(new PrintStream(bytes, true, StandardCharsets.UTF_8), settings, "pw123");

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("127.0.0.1:19092 as external-reader (SASL_PLAINTEXT, SCRAM-SHA-512), password pw123")
                .contains("kafka-credentials.properties").contains("group ids must start with external-reader");
    }
}
