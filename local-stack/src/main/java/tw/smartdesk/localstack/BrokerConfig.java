package tw.smartdesk.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The configuration files of the single-node KRaft broker (broker and controller in one process, on
 * 127.0.0.1 only): {@code server.properties} and the log4j2 setup that keeps its log readable.
 */
final class BrokerConfig {

    /** Partitions of every topic, so that ordering per key is exercised as in production. */
    static final int PARTITIONS = 3;

    private final int port;
    private final int controllerPort;
    private final Path dataDir;

    BrokerConfig(int port, int controllerPort, Path dataDir) {
        if (port == controllerPort) {
            throw new StackException("The Kafka port and the controller port must differ (both " + port + ")");
        }
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
    }

    /** The broker's settings, in the order of {@code server.properties}. */
    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        settings.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        settings.put("log.dirs", dataDir.toString());
        // The topics are the contract (tw.smartdesk.events.Topic) and the launcher creates them: a typo fails
        // loudly instead of creating a stray topic, as it would in production.
        settings.put("auto.create.topics.enable", "false");
        settings.put("num.partitions", String.valueOf(PARTITIONS));
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        return settings;
    }

    String serverProperties() {
        return "# Written by the SmartDesk launcher on every start; edit StackSettings/BrokerConfig instead.\n"
                + settings().entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + escape(entry.getValue()))
                        .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Warnings and errors, plus the lines that say the broker started and stopped. */
    static String log4j2Properties() {
        return String.join("\n",
                "status = warn",
                "shutdownHook = disable",
                "appender.out.type = Console",
                "appender.out.name = OUT",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = WARN",
                "rootLogger.appenderRef.out.ref = OUT",
                "logger.server.name = kafka.server.KafkaRaftServer",
                "logger.server.level = INFO",
                "");
    }

    /** Backslashes are escapes in a properties file (a Windows path would otherwise lose them). */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
