package tw.smartdesk.kafkasetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The one broker definition: a single KRaft node on loopback that never creates a topic on first use. */
class BrokerSettingsTest {

    private final BrokerSettings settings = new BrokerSettings(19092, 19093, Path.of("/state/kafka/data"), "s3cret");

    @Test
    void aSingleNodeThatIsBrokerAndControllerOnLoopbackOnly() {
        Properties properties = settings.asProperties();

        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("node.id")).isEqualTo("1");
        assertThat(properties.getProperty("listeners")).isEqualTo("CLIENT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(properties.getProperty("advertised.listeners")).isEqualTo(properties.getProperty("listeners"));
        assertThat(properties.getProperty("controller.quorum.bootstrap.servers")).isEqualTo("127.0.0.1:19093");
        assertThat(properties.getProperty("controller.listener.names")).isEqualTo("CONTROLLER");
        assertThat(properties.getProperty("log.dirs")).isEqualTo(Path.of("/state/kafka/data").toString());
        assertThat(properties.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
        assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:19092");
    }

    @Test
    void topicsAreNeverCreatedOnFirstUseAndGetThreePartitions() {
        assertThat(settings.asMap()).containsEntry("auto.create.topics.enable", "false")
                .containsEntry("num.partitions", String.valueOf(BrokerSettings.PARTITIONS));
        assertThat(BrokerSettings.PARTITIONS).isEqualTo(3);
    }

    @Test
    void theMapKeepsTheOrderOfAServerPropertiesFile() {
        assertThat(settings.asMap().keySet()).startsWith("process.roles", "node.id").contains("log.dirs");
        Properties properties = settings.asProperties();
        assertThat(properties).hasSameSizeAs(settings.asMap());
        settings.asMap().forEach((key, value) -> assertThat(properties.getProperty(key)).as(key).isEqualTo(value));
    }

    @Test
    void clientsLogInWithScramAndEveryRequestIsAuthorizedByAcls() {
        Properties properties = settings.asProperties();

        assertThat(properties.getProperty("listener.security.protocol.map")).isEqualTo("CONTROLLER:SASL_PLAINTEXT,CLIENT:SASL_PLAINTEXT");
        assertThat(properties.getProperty("listener.name.client.sasl.enabled.mechanisms")).isEqualTo("SCRAM-SHA-512");
        assertThat(properties.getProperty("inter.broker.listener.name")).isEqualTo("CLIENT");
        assertThat(properties.getProperty("listener.name.client.scram-sha-512.sasl.jaas.config"))
                .isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"s3cret\";");
        assertThat(properties.getProperty("listener.name.controller.plain.sasl.jaas.config"))
                .isEqualTo("org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"s3cret\""
                        + " user_admin=\"s3cret\";");
        assertThat(properties.getProperty("authorizer.class.name")).isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(properties.getProperty("super.users")).isEqualTo("User:admin");
        assertThat(properties.getProperty("allow.everyone.if.no.acl.found")).isEqualTo("false");
    }

    @Test
    void formattingAddsTheAdminsScramCredential() {
        assertThat(settings.formatArguments("id", Path.of("server.properties"))).containsExactly("format", "-t", "id", "-c",
                "server.properties", "--standalone", "--add-scram", "SCRAM-SHA-512=[name=admin,password=s3cret]");
    }

    @Test
    void theTwoListenersNeedTwoPorts() {
        assertThatThrownBy(() -> new BrokerSettings(9092, 9092, Path.of("data"), "s3cret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
    }
}
