package tw.smartdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import tw.smartdesk.events.Topic;
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
 *
 * <p>One broker per JVM, not per class loader: a Quarkus test profile loads this class again, and a second broker
 * in the JVM would fail its logins (Kafka registers its SASL providers JVM-wide, with the first loader's classes).
 * The broker is therefore registered as a platform MBean ({@link InProcessKafkaMBean}) and used through it.
 */
public final class KafkaBroker {

    public static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";

    /**
     * service-platform's probe application, test only: it publishes application-events and applicant-contacts
     * through the outbox and consumes both, and reservation-events a poll at a time (groups {@code platform-probe*}).
     */
    public static final KafkaGrant PLATFORM_PROBE = new KafkaGrant("platform-probe",
            Set.of(Topic.APPLICATION_EVENTS, Topic.APPLICANT_CONTACTS),
            Set.of(Topic.APPLICATION_EVENTS, Topic.APPLICANT_CONTACTS, Topic.RESERVATION_EVENTS), true);

    /** The JVM's broker in the platform MBean server. */
    private static final String MBEAN_NAME = "tw.smartdesk.test:type=KafkaBroker";

    private static KafkaBroker shared;
    private static boolean externalTopicsChecked;
    /** Held so the level settings are not garbage-collected with their loggers. */
    private static final List<java.util.logging.Logger> QUIETED = new ArrayList<>();

    private final MBeanServer server;
    private final ObjectName name;
    private final String bootstrapServers;
    private final KafkaCredentials credentials;

    @SuppressWarnings("unchecked")
    private KafkaBroker(MBeanServer server, ObjectName name) {
        this.server = server;
        this.name = name;
        this.bootstrapServers = (String) attribute("BootstrapServers");
        this.credentials = new KafkaCredentials((Map<String, String>) attribute("Passwords"));
    }

    /** Every grant of the test broker: the model's and the probe's. */
    public static List<KafkaGrant> grants() {
        List<KafkaGrant> grants = new ArrayList<>(KafkaAccess.grants());
        grants.add(PLATFORM_PROBE);
        return grants;
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

    /** The JVM's in-process broker, started on first use; for tests that stop and restart it. */
    public static synchronized KafkaBroker inProcess() {
        if (shared == null) {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            try {
                ObjectName name = new ObjectName(MBEAN_NAME);
                synchronized (server) {
                    if (!server.isRegistered(name)) {
                        server.registerMBean(new StandardMBean(startBroker(), InProcessKafkaMBean.class), name);
                    }
                }
                shared = new KafkaBroker(server, name);
            } catch (JMException e) {
                throw new IllegalStateException("Cannot share the test broker in this JVM", e);
            }
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
    public void start() {
        invoke("start");
    }

    /** Stops the broker, keeping its data, as in an outage. */
    public void stop() {
        invoke("stop");
    }

    public boolean isRunning() {
        return (Boolean) attribute("Running");
    }

    private Object attribute(String attribute) {
        try {
            return server.getAttribute(name, attribute);
        } catch (JMException e) {
            throw new IllegalStateException("Cannot read " + attribute + " of the test broker", e);
        }
    }

    private void invoke(String operation) {
        try {
            server.invoke(name, operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("Cannot " + operation + " the test broker", e);
        }
    }

    private static InProcessKafka startBroker() {
        quietBrokerLogging();
        List<String> principals = new ArrayList<>(List.of(KafkaAccess.ADMIN));
        grants().forEach(grant -> principals.add(grant.principal()));
        KafkaCredentials credentials = KafkaCredentials.generate(principals);
        InProcessKafka broker;
        try {
            broker = new InProcessKafka(Files.createTempDirectory("smartdesk-kafka-"), freePort(), freePort(), credentials);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker.startFresh(grants());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "kafka-broker-stop"));
        return broker;
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
