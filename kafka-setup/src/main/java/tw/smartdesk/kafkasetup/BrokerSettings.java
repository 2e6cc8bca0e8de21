package tw.smartdesk.kafkasetup;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The settings of SmartDesk's single-node Kafka broker (KRaft, broker and controller in one process, on
 * 127.0.0.1 only), as a function of its two ports and its data folder. The test broker (test-support) and the
 * local stack's broker process both run with exactly these; {@code docker-compose.yml} is checked against them.
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

    /**
     * @param port the client listener (PLAINTEXT)
     * @param controllerPort the KRaft controller listener; must differ from {@code port}
     * @param dataDir the broker's storage ({@code log.dirs})
     */
    public BrokerSettings(int port, int controllerPort, Path dataDir) {
        if (port == controllerPort) {
            throw new IllegalArgumentException("The Kafka port and the controller port must differ (both " + port + ")");
        }
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
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
        String listeners = "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort;
        settings.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        settings.put("listeners", listeners);
        settings.put("advertised.listeners", listeners);
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        return settings;
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
