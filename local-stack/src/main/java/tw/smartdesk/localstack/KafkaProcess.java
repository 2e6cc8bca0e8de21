package tw.smartdesk.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import tw.smartdesk.kafkasetup.KafkaAccess;
import tw.smartdesk.kafkasetup.KafkaCredentials;

/**
 * A real Kafka broker (single-node KRaft, broker and controller in one process) run from Kafka's own Maven
 * artifacts as a child process: {@code java -cp <lib> kafka.Kafka server.properties}. Its data lives in
 * the state folder; the storage is formatted once, on the first start, and reused after that.
 */
final class KafkaProcess {

    static final String MAIN_CLASS = "kafka.Kafka";
    static final String STORAGE_TOOL = "kafka.tools.StorageTool";
    private static final List<String> JVM_OPTIONS = List.of("-Xms128m", "-Xmx512m", "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true");

    private final StackSettings settings;
    private final JavaCommand java;
    private KafkaCredentials credentials;

    KafkaProcess(StackSettings settings, JavaCommand java) {
        this.settings = settings;
        this.java = java;
    }

    /** The passwords of the broker's principals, from the keys folder; made up (and kept there) on the first start. */
    synchronized KafkaCredentials credentials() {
        if (credentials == null) {
            credentials = KafkaSecrets.loadOrCreate(settings.keysDir().resolve(KafkaSecrets.FILE));
        }
        return credentials;
    }

    Path dataDir() {
        return settings.kafkaDir().resolve("data");
    }

    Path serverProperties() {
        return settings.kafkaDir().resolve("server.properties");
    }

    /** Whether the storage holds a formatted cluster from an earlier start. */
    boolean formatted() {
        return Files.exists(dataDir().resolve("meta.properties"));
    }

    /** Writes the configuration, formats the storage if this is the first start, and starts the broker. */
    ChildProcess start() {
        writeConfiguration();
        if (!formatted()) {
            format();
        }
        return ChildProcess.start("kafka", command(MAIN_CLASS, List.of(serverProperties().toString())), environment(),
                settings.logsDir().resolve("kafka.log"));
    }

    /** Waits until the broker accepts connections and answers a metadata request. */
    void awaitReady(ChildProcess broker, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!listening() || !answers()) {
            if (!broker.isAlive()) {
                throw new StackException("Kafka exited with code " + broker.exitValue() + "; the end of "
                        + broker.log() + ":\n" + broker.logTail(30));
            }
            if (System.nanoTime() > deadline) {
                throw new StackException("Kafka did not answer on " + settings.bootstrapServers() + " within "
                        + timeout.toSeconds() + " s (storage formatted before the broker used SASL? ./smartdesk reset); "
                        + "the end of " + broker.log() + ":\n" + broker.logTail(30));
            }
            Sleep.millis(250);
        }
    }

    private void writeConfiguration() {
        BrokerConfig config = brokerConfig();
        try {
            Files.createDirectories(settings.kafkaDir());
            Files.writeString(serverProperties(), config.serverProperties());
            Files.writeString(log4jConfiguration(), BrokerConfig.log4j2Properties());
        } catch (IOException e) {
            throw new StackException("Cannot write the Kafka configuration to " + settings.kafkaDir() + ": " + e.getMessage(), e);
        }
    }

    private BrokerConfig brokerConfig() {
        return new BrokerConfig(settings.kafkaPort(), settings.controllerPort(), dataDir(), credentials().password(KafkaAccess.ADMIN));
    }

    /** Formats the storage with the admin's SCRAM credential (the other principals are added once it runs). */
    private void format() {
        String clusterId = Uuid.randomUuid().toString();
        Path log = settings.logsDir().resolve("kafka-format.log");
        ChildProcess tool = ChildProcess.start("kafka storage format", command(STORAGE_TOOL,
                brokerConfig().formatArguments(clusterId, serverProperties())), environment(), log);
        try {
            if (!tool.process().waitFor(120, TimeUnit.SECONDS)) {
                tool.process().destroyForcibly();
                throw new StackException("Formatting the Kafka storage did not finish; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tool.process().destroyForcibly();
            throw new StackException("Interrupted while formatting the Kafka storage", e);
        }
        if (tool.exitValue() != 0) {
            throw new StackException("Formatting the Kafka storage in " + dataDir() + " failed:\n" + tool.logTail(20));
        }
    }

    /**
     * No {@code -cp}: the class path (every jar of target/lib, thousands of characters) goes in {@code CLASSPATH}.
     * On the command line it would push it past the 4096 bytes of {@code /proc/<pid>/cmdline} that the JDK reads,
     * and {@code ProcessHandle.Info.arguments()} would then be empty: {@link Leftovers} could not find a broker
     * that a killed launcher left running by its marker.
     */
    List<String> command(String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java.executable());
        command.addAll(JVM_OPTIONS);
        command.add("-Dlog4j2.configurationFile=" + log4jConfiguration());
        command.add(settings.childMarker());
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    /** Added to the launcher's environment for the broker and the storage tool. */
    Map<String, String> environment() {
        return Map.of("CLASSPATH", java.classpath());
    }

    private Path log4jConfiguration() {
        return settings.kafkaDir().resolve("log4j2.properties");
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", settings.kafkaPort()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean answers() {
        try (Admin admin = Admin.create(adminConfig(settings.bootstrapServers(), credentials()))) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    /** Admin client settings, logged in as the super user, that fail fast instead of retrying for minutes. */
    static Properties adminConfig(String bootstrapServers, KafkaCredentials credentials) {
        Properties properties = new Properties();
        properties.putAll(credentials.clientSettings(KafkaAccess.ADMIN));
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "smartdesk-local-stack");
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return properties;
    }
}
