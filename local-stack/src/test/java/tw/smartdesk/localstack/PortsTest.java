package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void theBrokerItsControllerAndEachSelectedService() {
        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_KAFKA_PORT", "19092",
                "SMARTDESK_SERVICES", "application-service,analytics-service"), new Properties());

        assertThat(Ports.of(settings)).containsExactly(
                Map.entry(19092, "Kafka (SMARTDESK_KAFKA_PORT)"),
                Map.entry(19093, "the Kafka controller (SMARTDESK_KAFKA_CONTROLLER_PORT)"),
                Map.entry(8081, "application-service (SMARTDESK_PORT_APPLICATION)"),
                Map.entry(8085, "analytics-service (SMARTDESK_PORT_ANALYTICS)"),
                Map.entry(9081, "application-service management (SMARTDESK_MANAGEMENT_PORT_APPLICATION)"),
                Map.entry(9085, "analytics-service management (SMARTDESK_MANAGEMENT_PORT_ANALYTICS)"));
    }

    @Test
    void theServicesPortsFollowTheSettings() {
        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_PORT_OFFSET", "100", "SMARTDESK_PORT_ANALYTICS", "18085",
                "SMARTDESK_SERVICES", "application-service,analytics-service"), new Properties());

        assertThat(Ports.of(settings)).containsExactly(
                Map.entry(9092, "Kafka (SMARTDESK_KAFKA_PORT)"),
                Map.entry(9093, "the Kafka controller (SMARTDESK_KAFKA_CONTROLLER_PORT)"),
                Map.entry(8181, "application-service (SMARTDESK_PORT_APPLICATION)"),
                Map.entry(18085, "analytics-service (SMARTDESK_PORT_ANALYTICS)"),
                Map.entry(9181, "application-service management (SMARTDESK_MANAGEMENT_PORT_APPLICATION)"),
                Map.entry(9185, "analytics-service management (SMARTDESK_MANAGEMENT_PORT_ANALYTICS)"));
    }

    @Test
    void aManagementPortOnAnotherServicesHttpPortIsAClash() {
        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_MANAGEMENT_PORT_ANALYTICS", "8082"), new Properties());

        assertThatThrownBy(() -> Ports.of(settings)).isInstanceOf(StackException.class)
                .hasMessage("Port 8082 is wanted by both reservation-service (SMARTDESK_PORT_RESERVATION) and "
                        + "analytics-service management (SMARTDESK_MANAGEMENT_PORT_ANALYTICS)");
    }

    @Test
    void twoServicesOnOnePortAreAClash() {
        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_PORT_RESERVATION", "8081"), new Properties());

        assertThatThrownBy(() -> Ports.of(settings)).isInstanceOf(StackException.class)
                .hasMessage("Port 8081 is wanted by both application-service (SMARTDESK_PORT_APPLICATION) and "
                        + "reservation-service (SMARTDESK_PORT_RESERVATION)");
    }

    @Test
    void aKafkaPortOnAServicePortIsAClash() {
        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_KAFKA_PORT", "8081"), new Properties());

        assertThatThrownBy(() -> Ports.of(settings)).isInstanceOf(StackException.class)
                .hasMessage("Port 8081 is wanted by both Kafka (SMARTDESK_KAFKA_PORT) and application-service (SMARTDESK_PORT_APPLICATION)");
    }

    @Test
    void aPortSomebodyListensOnIsNamedWithItsOwner() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThat(Ports.free(port)).isFalse();
            assertThatThrownBy(() -> Ports.requireFree(Map.of(port, "Kafka (SMARTDESK_KAFKA_PORT)")))
                    .isInstanceOf(StackException.class)
                    .hasMessageStartingWith("Port " + port + " for Kafka (SMARTDESK_KAFKA_PORT) is already in use")
                    .hasMessageContaining("SMARTDESK_PORT_OFFSET");
        }
        assertThat(Ports.free(FreePorts.next())).isTrue();
    }
}
