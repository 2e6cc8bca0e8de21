package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import tw.smartdesk.kafkasetup.BrokerSettings;

class BrokerConfigTest {

    @Test
    void serverPropertiesHoldsTheSharedBrokerDefinitionExactly() throws Exception {
        Path data = Path.of("/state/kafka/data");
        Properties properties = new Properties();
        properties.load(new StringReader(new BrokerConfig(19092, 19093, data, "s3cret").serverProperties()));

        Map<String, String> shared = new BrokerSettings(19092, 19093, data, "s3cret").asMap();
        assertThat(properties).hasSameSizeAs(shared);
        shared.forEach((key, value) -> assertThat(properties.getProperty(key)).as(key).isEqualTo(value));
        assertThat(properties.getProperty("auto.create.topics.enable")).isEqualTo("false");
    }

    @Test
    void aWindowsPathSurvivesThePropertiesFormat() throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(new BrokerConfig(9092, 9093, Path.of("C:\\stack\\data"), "s3cret").serverProperties()));

        assertThat(properties.getProperty("log.dirs")).isEqualTo(Path.of("C:\\stack\\data").toString());
    }

    @Test
    void theTwoListenersNeedTwoPorts() {
        assertThatThrownBy(() -> new BrokerConfig(9092, 9092, Path.of("data"), "s3cret"))
                .isInstanceOf(StackException.class).hasMessageContaining("must differ");
    }

    @Test
    void theBrokerLogsWarningsAndItsStartLine() {
        assertThat(BrokerConfig.log4j2Properties())
                .contains("rootLogger.level = WARN")
                .contains("logger.server.name = kafka.server.KafkaRaftServer");
    }
}
