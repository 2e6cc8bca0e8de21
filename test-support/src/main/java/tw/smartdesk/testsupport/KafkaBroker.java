package tw.smartdesk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import tw.smartdesk.kafkasetup.BrokerSettings;
import tw.smartdesk.kafkasetup.ContractTopics;

/**
 * A real Kafka 4 broker (KRaft, broker and controller in one node) inside the test JVM, started
 * once per JVM on free loopback ports and stopped when the JVM exits. When
 * {@code KAFKA_BOOTSTRAP_SERVERS} is set, tests use that broker instead and none is started.
 *
 * <p>The broker runs with the settings of the local stack's ({@link BrokerSettings}): it never creates a
 * topic on first use. The contract's topics and their dead-letter topics ({@link ContractTopics}) are
 * created right after it starts, or, on an external broker, those it is missing.
 */
public final class KafkaBroker {

    public static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";

    private static KafkaBroker shared;
    private static boolean externalTopicsChecked;
    /** Held so the level settings are not garbage-collected with their loggers. */
    private static final java.util.List<java.util.logging.Logger> QUIETED = new java.util.ArrayList<>();

    private final Properties properties;
    private final Path logDir;
    private final String bootstrapServers;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDir, int brokerPort, int controllerPort) {
        this.logDir = logDir;
        this.bootstrapServers = "127.0.0.1:" + brokerPort;
        this.properties = new BrokerSettings(brokerPort, controllerPort, logDir.resolve("data")).asProperties();
    }

    /** The bootstrap servers tests should use: the external broker's, or the shared in-process one's. */
    public static synchronized String bootstrapServers() {
        String external = System.getenv(BOOTSTRAP_ENV);
        if (external != null && !external.isBlank()) {
            if (!externalTopicsChecked) {
                createContractTopics(external);
                externalTopicsChecked = true;
            }
            return external;
        }
        return inProcess().bootstrapServers;
    }

    /** The shared in-process broker, started on first use; for tests that stop and restart it. */
    public static synchronized KafkaBroker inProcess() {
        if (shared == null) {
            quietBrokerLogging();
            try {
                shared = new KafkaBroker(Files.createTempDirectory("smartdesk-kafka-"), freePort(), freePort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared.format();
            shared.start();
            createContractTopics(shared.bootstrapServers);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::destroy, "kafka-broker-stop"));
        }
        return shared;
    }

    /** Whether tests run against an external broker that they cannot stop. */
    public static boolean isExternal() {
        String external = System.getenv(BOOTSTRAP_ENV);
        return external != null && !external.isBlank();
    }

    public String servers() {
        return bootstrapServers;
    }

    /** Starts (or restarts, with the same ports and data) the broker; returns once it serves. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
    }

    /** Stops the broker, keeping its data, as in an outage. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The broker creates no topic on first use (as in production): the contract's topics are made here. */
    private static void createContractTopics(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ContractTopics.createMissing(admin);
        }
    }

    /** The broker logs thousands of INFO lines; tests want its warnings only. */
    private static void quietBrokerLogging() {
        for (String category : new String[] {"kafka", "org.apache.kafka", "state.change.logger"}) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(category);
            logger.setLevel(java.util.logging.Level.WARNING);
            QUIETED.add(logger);
        }
    }

    private void destroy() {
        stop();
        try (Stream<Path> files = Files.walk(logDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the folder is under the system temp directory
        }
    }

    private void format() {
        Path config = logDir.resolve("server.properties");
        try (Writer writer = Files.newBufferedWriter(config)) {
            properties.store(writer, "SmartDesk test broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] arguments = {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(), "--standalone"};
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            kafka.tools.StorageTool.execute(arguments, print);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage: " + output.toString(StandardCharsets.UTF_8), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
