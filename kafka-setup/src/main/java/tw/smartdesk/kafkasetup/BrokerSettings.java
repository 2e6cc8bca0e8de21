package tw.smartdesk.kafkasetup;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The settings of SmartDesk's single-node Kafka broker (KRaft, broker and controller in one process, on
 * 127.0.0.1 only), as a function of its two ports and its data folder. The test broker (test-support) and the
 * local stack's broker process both run with exactly these; {@code docker-compose.yml} is checked against them.
 *
 * <p>Clients log in with SASL/SCRAM-SHA-512 on the client listener and the broker authorizes every request
 * against ACLs ({@code StandardAuthorizer}; nothing is allowed without an ACL but to the super user
 * {@value KafkaAccess#ADMIN}, see {@link KafkaAccess}). The broker's own connections (inter-broker on the client
 * listener, broker to controller on the controller listener, SASL/PLAIN) log in as {@value KafkaAccess#ADMIN}.
 * No TLS: the listeners are on loopback only; a production broker uses SASL_SSL. The admin's SCRAM credential
 * must exist before the broker starts: {@link #formatArguments} adds it to the storage when formatting.
 *
 * <p>Topics are never created on first use: they are the contract ({@code tw.smartdesk.events.Topic}) and
 * {@link ContractTopics} creates them, so a typo or a topic outside the contract fails as it would in production.
 */
public final class BrokerSettings {

    /** Partitions of every topic, more than one so that ordering per key is really exercised. */
    public static final int PARTITIONS = 3;

    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final String adminPassword;

    /**
     * @param port the client listener (SASL_PLAINTEXT, SCRAM-SHA-512)
     * @param controllerPort the KRaft controller listener (SASL_PLAINTEXT, PLAIN); must differ from {@code port}
     * @param dataDir the broker's storage ({@code log.dirs})
     * @param adminPassword the password of the super user {@value KafkaAccess#ADMIN}
     */
    public BrokerSettings(int port, int controllerPort, Path dataDir, String adminPassword) {
        if (port == controllerPort) {
            throw new IllegalArgumentException("The Kafka port and the controller port must differ (both " + port + ")");
        }
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
        this.adminPassword = adminPassword;
    }

    /** Where clients connect. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Every setting, in the order of a {@code server.properties} file. */
    public Map<String, String> asMap() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.putAll(node());
        settings.putAll(listeners());
        settings.putAll(security());
        settings.put("log.dirs", dataDir.toString());
        settings.putAll(topicDefaults());
        settings.putAll(internalTopics());
        return settings;
    }

    /** The same settings as {@link Properties}, e.g. for {@code KafkaConfig.fromProps}. */
    public Properties asProperties() {
        Properties properties = new Properties();
        properties.putAll(asMap());
        return properties;
    }

    private static Map<String, String> node() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        return settings;
    }

    private Map<String, String> listeners() {
        Map<String, String> settings = new LinkedHashMap<>();
        String listeners = "CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort;
        settings.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        settings.put("listeners", listeners);
        settings.put("advertised.listeners", listeners);
        settings.put("inter.broker.listener.name", "CLIENT");
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("listener.security.protocol.map", "CONTROLLER:SASL_PLAINTEXT,CLIENT:SASL_PLAINTEXT");
        return settings;
    }

    /** SCRAM for clients, PLAIN (admin only) between broker and controller, ACLs for everything. */
    private Map<String, String> security() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("sasl.enabled.mechanisms", KafkaAccess.MECHANISM);
        settings.put("sasl.mechanism.inter.broker.protocol", KafkaAccess.MECHANISM);
        settings.put("listener.name.client.sasl.enabled.mechanisms", KafkaAccess.MECHANISM);
        settings.put("listener.name.client.scram-sha-512.sasl.jaas.config", KafkaCredentials.jaasConfig(
                "org.apache.kafka.common.security.scram.ScramLoginModule", KafkaAccess.ADMIN, adminPassword));
        settings.put("sasl.mechanism.controller.protocol", "PLAIN");
        settings.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        settings.put("listener.name.controller.plain.sasl.jaas.config", KafkaCredentials.jaasConfig(
                "org.apache.kafka.common.security.plain.PlainLoginModule", KafkaAccess.ADMIN, adminPassword).replace(";",
                " user_" + KafkaAccess.ADMIN + "=\"" + KafkaCredentials.quote(adminPassword) + "\";"));
        settings.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        settings.put("super.users", "User:" + KafkaAccess.ADMIN);
        settings.put("allow.everyone.if.no.acl.found", "false");
        return settings;
    }

    /**
     * The arguments of {@code kafka.tools.StorageTool} that format the storage for this broker, with the
     * admin's SCRAM credential (the broker cannot start its SCRAM listener's inter-broker login without it).
     */
    public List<String> formatArguments(String clusterId, Path serverProperties) {
        return List.of("format", "-t", clusterId, "-c", serverProperties.toString(), "--standalone",
                "--add-scram", KafkaAccess.MECHANISM + "=[name=" + KafkaAccess.ADMIN + ",password=" + adminPassword + "]");
    }

    private static Map<String, String> topicDefaults() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("auto.create.topics.enable", "false");
        settings.put("num.partitions", String.valueOf(PARTITIONS));
        return settings;
    }

    /** One broker: Kafka's own topics get one replica; no rebalance delay for consumer groups. */
    private static Map<String, String> internalTopics() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        return settings;
    }
}
