package tw.smartdesk.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tw.smartdesk.kafkasetup.BrokerSettings;

/**
 * The configuration files of the local stack's broker process: {@code server.properties}, written from the one
 * broker definition ({@link BrokerSettings}, shared with the test broker), and the log4j2 setup that keeps its
 * log readable.
 */
final class BrokerConfig {

    private final BrokerSettings settings;

    BrokerConfig(int port, int controllerPort, Path dataDir, String adminPassword) {
        try {
            this.settings = new BrokerSettings(port, controllerPort, dataDir, adminPassword);
        } catch (IllegalArgumentException e) {
            throw new StackException(e.getMessage(), e);
        }
    }

    /** The storage tool's arguments: format with the admin's SCRAM credential. */
    List<String> formatArguments(String clusterId, Path serverProperties) {
        return settings.formatArguments(clusterId, serverProperties);
    }

    /** The broker's settings, in the order of {@code server.properties}. */
    Map<String, String> settings() {
        return settings.asMap();
    }

    String serverProperties() {
        return "# Written by the SmartDesk launcher on every start; edit StackSettings or kafka-setup's BrokerSettings instead.\n"
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
