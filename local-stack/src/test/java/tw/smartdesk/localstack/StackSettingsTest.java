package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private static final Properties NO_PROPERTIES = new Properties();

    @Test
    void defaultsSuitADevelopersMachine() {
        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_REPO_ROOT", "/repo"), NO_PROPERTIES);

        assertThat(settings.repoRoot()).isEqualTo(Path.of("/repo"));
        assertThat(settings.stateDir()).isEqualTo(Path.of("/repo/.local-stack"));
        assertThat(settings.database()).isEqualTo(new DatabaseServer("127.0.0.1", 5432, "postgres", ""));
        assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(settings.controllerPort()).isEqualTo(9093);
        assertThat(settings.services()).containsExactly(StackService.values());
        assertThat(settings.databaseOf(StackService.PICKUP_LOCKER)).isEqualTo("smartdesk_locker");
        assertThat(settings.jwtIssuer()).isEqualTo("urn:smartdesk");
        assertThat(settings.jwtAudiences()).containsExactly("smartdesk");
        assertThat(settings.tokenAudience()).isEqualTo("smartdesk");
        assertThat(settings.javaOptions()).isEmpty();
        assertThat(settings.readyTimeout()).isEqualTo(Duration.ofSeconds(240));
        assertThat(settings.keysDir()).isEqualTo(Path.of("/repo/.local-stack/keys"));
        assertThat(settings.logsDir()).isEqualTo(Path.of("/repo/.local-stack/logs"));
        assertThat(settings.childMarker()).isEqualTo("-Dsmartdesk.local-stack=/repo/.local-stack");
        for (StackService service : StackService.values()) {
            assertThat(settings.httpPort(service)).isEqualTo(service.defaultPort());
            assertThat(settings.managementPort(service)).isEqualTo(service.defaultManagementPort());
        }
        assertThat(settings.baseUrl(StackService.APPLICATION)).isEqualTo("http://127.0.0.1:8081");
        assertThat(settings.managementUrl(StackService.APPLICATION)).isEqualTo("http://127.0.0.1:9081");
        assertThat(settings.readinessUrl(StackService.ANALYTICS)).as("on the management port")
                .isEqualTo("http://127.0.0.1:9085/q/health/ready");
        assertThat(settings.swaggerUiUrl(StackService.RESERVATION)).isEqualTo("http://127.0.0.1:9082/q/swagger-ui");
    }

    @Test
    void anOffsetMovesEveryServicePortAndAServiceVariableOneOfThem() {
        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_PORT_OFFSET", "100",
                "SMARTDESK_PORT_PICKUP_LOCKER", "18083", "SMARTDESK_MANAGEMENT_PORT_NOTIFICATION", "19084"), NO_PROPERTIES);

        assertThat(settings.httpPort(StackService.APPLICATION)).isEqualTo(8181);
        assertThat(settings.httpPort(StackService.RESERVATION)).isEqualTo(8182);
        assertThat(settings.httpPort(StackService.PICKUP_LOCKER)).as("set on its own: no offset").isEqualTo(18083);
        assertThat(settings.httpPort(StackService.NOTIFICATION)).isEqualTo(8184);
        assertThat(settings.httpPort(StackService.ANALYTICS)).isEqualTo(8185);
        assertThat(settings.managementPort(StackService.APPLICATION)).as("management ports move alike").isEqualTo(9181);
        assertThat(settings.managementPort(StackService.PICKUP_LOCKER)).isEqualTo(9183);
        assertThat(settings.managementPort(StackService.NOTIFICATION)).as("set on its own: no offset").isEqualTo(19084);
        assertThat(settings.readinessUrl(StackService.PICKUP_LOCKER)).isEqualTo("http://127.0.0.1:9183/q/health/ready");
        assertThat(settings.swaggerUiUrl(StackService.NOTIFICATION)).isEqualTo("http://127.0.0.1:19084/q/swagger-ui");
        assertThat(settings.kafkaPort()).as("the offset is for the services only").isEqualTo(9092);
    }

    @Test
    void servicePortsAsSystemProperties() {
        Properties properties = new Properties();
        properties.setProperty("smartdesk.port.application", "28081");
        properties.setProperty("smartdesk.port.pickup.locker", "28083");
        properties.setProperty("smartdesk.port.offset", "-1000");
        properties.setProperty("smartdesk.management.port.analytics", "29085");

        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_PORT_APPLICATION", "18081"), properties);

        assertThat(settings.httpPort(StackService.APPLICATION)).isEqualTo(28081);
        assertThat(settings.httpPort(StackService.PICKUP_LOCKER)).isEqualTo(28083);
        assertThat(settings.httpPort(StackService.ANALYTICS)).isEqualTo(7085);
        assertThat(settings.managementPort(StackService.APPLICATION)).isEqualTo(8081);
        assertThat(settings.managementPort(StackService.ANALYTICS)).isEqualTo(29085);
    }

    @Test
    void theEnvironmentOverridesEveryDefault() {
        StackSettings settings = StackSettings.from(Map.ofEntries(
                Map.entry("SMARTDESK_REPO_ROOT", "/repo"),
                Map.entry("SMARTDESK_STATE_DIR", "/tmp/stack"),
                Map.entry("SMARTDESK_DB_HOST", "db.internal"),
                Map.entry("SMARTDESK_DB_PORT", "6543"),
                Map.entry("SMARTDESK_DB_USER", "smartdesk"),
                Map.entry("SMARTDESK_DB_PASSWORD", "secret"),
                Map.entry("SMARTDESK_DB_SUFFIX", "_it_1"),
                Map.entry("SMARTDESK_KAFKA_PORT", "19092"),
                Map.entry("SMARTDESK_SERVICES", "analytics-service, application-service"),
                Map.entry("SMARTDESK_READY_TIMEOUT", "30"),
                Map.entry("SMARTDESK_JAVA_OPTS", "-XX:+UseSerialGC  -XX:TieredStopAtLevel=1"),
                Map.entry("SMARTDESK_JWT_ISSUER", "urn:test"),
                Map.entry("SMARTDESK_JWT_AUDIENCES", " smartdesk-test , smartdesk ")), NO_PROPERTIES);

        assertThat(settings.stateDir()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(settings.database()).isEqualTo(new DatabaseServer("db.internal", 6543, "smartdesk", "secret"));
        assertThat(settings.databaseOf(StackService.APPLICATION)).isEqualTo("smartdesk_application_it_1");
        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.controllerPort()).as("next to the broker's port").isEqualTo(19093);
        assertThat(settings.services()).containsExactly(StackService.ANALYTICS, StackService.APPLICATION);
        assertThat(settings.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.javaOptions()).containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(settings.jwtIssuer()).isEqualTo("urn:test");
        assertThat(settings.jwtAudiences()).containsExactly("smartdesk-test", "smartdesk");
        assertThat(settings.tokenAudience()).as("the printed tokens' audience").isEqualTo("smartdesk-test");
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        Properties properties = new Properties();
        properties.setProperty("smartdesk.kafka.port", "29092");
        properties.setProperty("smartdesk.kafka.controller.port", "29999");
        properties.setProperty("smartdesk.state.dir", "/tmp/from-property");

        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_KAFKA_PORT", "19092", "SMARTDESK_STATE_DIR", "/tmp/env"), properties);

        assertThat(settings.kafkaPort()).isEqualTo(29092);
        assertThat(settings.controllerPort()).isEqualTo(29999);
        assertThat(settings.stateDir()).isEqualTo(Path.of("/tmp/from-property"));
    }

    @Test
    void badValuesAreNamedInOneLine() {
        assertThatThrownBy(() -> StackSettings.from(Map.of("SMARTDESK_KAFKA_PORT", "nine"), NO_PROPERTIES))
                .isInstanceOf(StackException.class).hasMessage("SMARTDESK_KAFKA_PORT must be a number, not 'nine'");
        assertThatThrownBy(() -> StackSettings.from(Map.of("SMARTDESK_DB_PORT", "70000"), NO_PROPERTIES))
                .isInstanceOf(StackException.class).hasMessage("SMARTDESK_DB_PORT must be a port number (1-65535), not 70000");
        assertThatThrownBy(() -> StackSettings.from(Map.of("SMARTDESK_SERVICES", "application-service,billing-service"), NO_PROPERTIES))
                .isInstanceOf(StackException.class).hasMessageStartingWith("Unknown service 'billing-service': choose from application-service, ");
        assertThatThrownBy(() -> StackSettings.from(Map.of("SMARTDESK_PORT_NOTIFICATION", "0"), NO_PROPERTIES))
                .isInstanceOf(StackException.class).hasMessage("SMARTDESK_PORT_NOTIFICATION must be a port number (1-65535), not 0");
        assertThatThrownBy(() -> StackSettings.from(Map.of("SMARTDESK_PORT_OFFSET", "60000"), NO_PROPERTIES))
                .isInstanceOf(StackException.class)
                .hasMessage("SMARTDESK_PORT_OFFSET 60000 puts application-service on port 68081, outside 1-65535");
        assertThatThrownBy(() -> StackSettings.from(Map.of("SMARTDESK_PORT_OFFSET", "56500"), NO_PROPERTIES))
                .isInstanceOf(StackException.class)
                .hasMessage("SMARTDESK_PORT_OFFSET 56500 puts application-service's management interface on port 65581, outside 1-65535");
        assertThatThrownBy(() -> StackSettings.from(Map.of("SMARTDESK_MANAGEMENT_PORT_ANALYTICS", "0"), NO_PROPERTIES))
                .isInstanceOf(StackException.class).hasMessage("SMARTDESK_MANAGEMENT_PORT_ANALYTICS must be a port number (1-65535), not 0");
        assertThatThrownBy(() -> StackSettings.from(Map.of("SMARTDESK_PORT_OFFSET", "ten"), NO_PROPERTIES))
                .isInstanceOf(StackException.class).hasMessage("SMARTDESK_PORT_OFFSET must be a number, not 'ten'");
        assertThatThrownBy(() -> StackSettings.from(Map.of("SMARTDESK_DB_SUFFIX", "x; drop"), NO_PROPERTIES))
                .isInstanceOf(StackException.class).hasMessageContaining("SMARTDESK_DB_SUFFIX");
    }

    @Test
    void blankValuesMeanTheDefault() {
        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_KAFKA_PORT", " ", "SMARTDESK_SERVICES", ""), NO_PROPERTIES);

        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.services()).isEqualTo(List.of(StackService.values()));
    }
}
