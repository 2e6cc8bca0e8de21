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
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Kafka 4 broker (KRaft, broker and controller in one node) inside the test JVM, started
 * once per JVM on free loopback ports and stopped when the JVM exits. When
 * {@code KAFKA_BOOTSTRAP_SERVERS} is set, tests use that broker instead and none is started.
 */
public final class KafkaBroker {

    public static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    /** Partitions of auto-created topics: more than one, so ordering per key is really exercised. */
    public static final int PARTITIONS = 3;

    private static KafkaBroker shared;
    /** Held so the level settings are not garbage-collected with their loggers. */
    private static final java.util.List<java.util.logging.Logger> QUIETED = new java.util.ArrayList<>();

    private final Properties properties;
    private final Path logDir;
    private final String bootstrapServers;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDir, int brokerPort, int controllerPort) {
        this.logDir = logDir;
        this.bootstrapServers = "127.0.0.1:" + brokerPort;
        this.properties = brokerProperties(logDir, brokerPort, controllerPort);
    }

    /** The bootstrap servers tests should use: the external broker's, or the shared in-process one's. */
    public static synchronized String bootstrapServers() {
        String external = System.getenv(BOOTSTRAP_ENV);
        if (external != null && !external.isBlank()) {
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

    private static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        props.put("log.dirs", logDir.resolve("data").toString());
        props.put("num.partitions", String.valueOf(PARTITIONS));
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
