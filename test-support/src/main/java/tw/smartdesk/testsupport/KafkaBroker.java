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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import tw.smartdesk.events.Topic;
import tw.smartdesk.kafkasetup.AccessSetup;
import tw.smartdesk.kafkasetup.BrokerSettings;
import tw.smartdesk.kafkasetup.ContractTopics;
import tw.smartdesk.kafkasetup.KafkaAccess;
import tw.smartdesk.kafkasetup.KafkaCredentials;
import tw.smartdesk.kafkasetup.KafkaGrant;

/**
 * A real Kafka 4 broker (KRaft, broker and controller in one node) inside the test JVM, started
 * once per JVM on free loopback ports and stopped when the JVM exits. When
 * {@code KAFKA_BOOTSTRAP_SERVERS} is set, tests use that broker instead and none is started.
 *
 * <p>The broker runs with the settings of the local stack's ({@link BrokerSettings}): it never creates a
 * topic on first use, clients log in with SASL/SCRAM and every request is checked against the ACLs of
 * {@link KafkaAccess} (plus {@link #PLATFORM_PROBE}, the test-only principal of service-platform's probe
 * application). Passwords are new per JVM. The contract's topics and their dead-letter topics
 * ({@link ContractTopics}) are created right after it starts, or, on an external broker, those it is missing; an
 * external broker is used without SASL (as {@code KAFKA_BOOTSTRAP_SERVERS} alone configures a service), so the
 * ACL tests skip themselves there.
 */
public final class KafkaBroker {

    public static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";

    /**
     * service-platform's probe application, test only: it publishes application-events and applicant-contacts
     * through the outbox and consumes both (groups {@code platform-probe*}).
     */
    public static final KafkaGrant PLATFORM_PROBE = new KafkaGrant("platform-probe",
            Set.of(Topic.APPLICATION_EVENTS, Topic.APPLICANT_CONTACTS), Set.of(Topic.APPLICATION_EVENTS, Topic.APPLICANT_CONTACTS), true);

    private static KafkaBroker shared;
    private static boolean externalTopicsChecked;
    /** Held so the level settings are not garbage-collected with their loggers. */
    private static final java.util.List<java.util.logging.Logger> QUIETED = new java.util.ArrayList<>();

    private final BrokerSettings settings;
    private final Properties properties;
    private final Path logDir;
    private final String bootstrapServers;
    private final KafkaCredentials credentials;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDir, int brokerPort, int controllerPort) {
        this.logDir = logDir;
        this.bootstrapServers = "127.0.0.1:" + brokerPort;
        this.credentials = KafkaCredentials.generate(principals());
        this.settings = new BrokerSettings(brokerPort, controllerPort, logDir.resolve("data"), credentials.password(KafkaAccess.ADMIN));
        this.properties = settings.asProperties();
    }

    /** Every grant of the test broker: the model's and the probe's. */
    public static List<KafkaGrant> grants() {
        List<KafkaGrant> grants = new ArrayList<>(KafkaAccess.grants());
        grants.add(PLATFORM_PROBE);
        return grants;
    }

    private static List<String> principals() {
        List<String> principals = new ArrayList<>(List.of(KafkaAccess.ADMIN));
        grants().forEach(grant -> principals.add(grant.principal()));
        return principals;
    }

    /**
     * Settings of a client (producer, consumer, admin) of the test broker that logs in as the super user
     * {@value KafkaAccess#ADMIN}: bootstrap servers and SASL; on an external broker, bootstrap servers only.
     */
    public static Map<String, Object> clientSettings() {
        return clientSettings(KafkaAccess.ADMIN);
    }

    /** The same, logged in as {@code principal} (a service, {@value KafkaAccess#EXTERNAL_READER}, the probe). */
    public static synchronized Map<String, Object> clientSettings(String principal) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        if (!isExternal()) {
            settings.putAll(inProcess().credentials.clientSettings(principal));
        }
        return settings;
    }

    /** {@link #clientSettings(String)} as {@link Properties}. */
    public static Properties clientProperties(String principal) {
        Properties properties = new Properties();
        properties.putAll(clientSettings(principal));
        return properties;
    }

    /** {@link #clientSettings()} as {@link Properties}. */
    public static Properties clientProperties() {
        return clientProperties(KafkaAccess.ADMIN);
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
            shared.setUp();
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

    /** As the super user: every principal's credentials and ACLs, then the contract's topics. */
    private void setUp() {
        Map<String, Object> admin = new HashMap<>(credentials.clientSettings(KafkaAccess.ADMIN));
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin client = Admin.create(admin)) {
            AccessSetup.apply(client, credentials, grants());
            ContractTopics.createMissing(client);
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
        String[] arguments = settings.formatArguments(Uuid.randomUuid().toString(), config).toArray(String[]::new);
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
