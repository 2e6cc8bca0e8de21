package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BrokerConfigTest {

    @Test
    void aSingleNodeThatIsBrokerAndControllerOnLoopbackOnly() throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(new BrokerConfig(19092, 19093, Path.of("/state/kafka/data")).serverProperties()));

        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("node.id")).isEqualTo("1");
        assertThat(properties.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(properties.getProperty("advertised.listeners")).isEqualTo(properties.getProperty("listeners"));
        assertThat(properties.getProperty("controller.quorum.bootstrap.servers")).isEqualTo("127.0.0.1:19093");
        assertThat(properties.getProperty("controller.listener.names")).isEqualTo("CONTROLLER");
        assertThat(properties.getProperty("log.dirs")).isEqualTo("/state/kafka/data");
        assertThat(properties.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
        assertThat(properties.getProperty("auto.create.topics.enable")).isEqualTo("false");
        assertThat(properties.getProperty("num.partitions")).isEqualTo("3");
    }

    @Test
    void aWindowsPathSurvivesThePropertiesFormat() throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(new BrokerConfig(9092, 9093, Path.of("C:\\stack\\data")).serverProperties()));

        assertThat(properties.getProperty("log.dirs")).isEqualTo(Path.of("C:\\stack\\data").toString());
    }

    @Test
    void theTwoListenersNeedTwoPorts() {
        assertThatThrownBy(() -> new BrokerConfig(9092, 9092, Path.of("data")))
                .isInstanceOf(StackException.class).hasMessageContaining("must differ");
    }

    @Test
    void theBrokerLogsWarningsAndItsStartLine() {
        assertThat(BrokerConfig.log4j2Properties())
                .contains("rootLogger.level = WARN")
                .contains("logger.server.name = kafka.server.KafkaRaftServer");
    }
}
