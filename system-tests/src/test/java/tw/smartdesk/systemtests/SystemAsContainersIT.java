package tw.smartdesk.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.MountableFile;
import tw.smartdesk.kafkasetup.AccessSetup;
import tw.smartdesk.kafkasetup.ContractTopics;
import tw.smartdesk.kafkasetup.KafkaAccess;
import tw.smartdesk.kafkasetup.KafkaCredentials;
import tw.smartdesk.testsupport.TopicReader;

/**
 * {@link SystemScenarios} on containers, through Testcontainers: the five services' images on a PostgreSQL container
 * (with docker/postgres-init.sql's databases) and a Kafka container (KRaft, SASL/SCRAM and ACLs), on a network of
 * their own, as a deployment runs them. The images are this build's ({@link ContainerEngine#buildImages}); the
 * principals, ACLs and topics are set up by kafka-setup's code, as the local stack's are. Skipped without a
 * container engine.
 */
class SystemAsContainersIT extends SystemScenarios {

    private static final String CLUSTER_ID = "Zm9yLXNtYXJ0ZGVzay1pdA";
    private static final Map<String, Integer> PORTS = Map.of("application-service", 8081, "reservation-service", 8082,
            "pickup-locker-service", 8083, "notification-service", 8084, "analytics-service", 8085);

    private static final List<GenericContainer<?>> started = new ArrayList<>();
    private static final Map<String, GenericContainer<?>> services = new LinkedHashMap<>();
    private static Network network;
    private static KafkaCredentials credentials;
    private static String hostBootstrap;

    @BeforeAll
    static void startTheSystem() throws Exception {
        ContainerEngine.assumeAvailable();
        ContainerEngine.buildImages();
        network = Network.newNetwork();
        credentials = KafkaCredentials.generate(KafkaAccess.principals());
        String databasePassword = KafkaCredentials.newPassword();

        GenericContainer<?> postgres = new GenericContainer<>("smartdesk/postgres:15")
                .withNetwork(network).withNetworkAliases("postgres")
                .withEnv("POSTGRES_PASSWORD", databasePassword)
                .withCopyFileToContainer(MountableFile.forHostPath(PackagedService.repoRoot().resolve("docker/postgres-init.sql")),
                        "/docker-entrypoint-initdb.d/10-smartdesk-databases.sql")
                .waitingFor(Wait.forSuccessfulCommand("pg_isready -h 127.0.0.1 -p 5432 -U postgres")
                        .withStartupTimeout(Duration.ofMinutes(2)));
        GenericContainer<?> kafka = kafka();
        start(List.of(postgres, kafka));
        setUpKafka();

        for (Map.Entry<String, Integer> service : new java.util.TreeMap<>(PORTS).entrySet()) {
            services.put(service.getKey(), service(service.getKey(), service.getValue(), databasePassword));
        }
        start(List.copyOf(services.values()));
    }

    /**
     * The broker: containers reach it at kafka:19092, this JVM at 127.0.0.1:&lt;free port&gt;, bound to the same
     * port in the container's listener HOST, since Kafka tells clients the address to come back to.
     */
    private static GenericContainer<?> kafka() {
        int hostPort = PackagedService.freePort();
        hostBootstrap = "127.0.0.1:" + hostPort;
        String admin = credentials.password(KafkaAccess.ADMIN);
        String scram = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"" + admin + "\";";
        GenericContainer<?> kafka = new GenericContainer<>("smartdesk/kafka:4.1.2")
                .withNetwork(network).withNetworkAliases("kafka")
                .withEnv("CLUSTER_ID", CLUSTER_ID)
                .withEnv("STORAGE_FORMAT_ARGS", "--add-scram SCRAM-SHA-512=[name=admin,password=" + admin + "]")
                .withEnv("KAFKA_NODE_ID", "1")
                .withEnv("KAFKA_PROCESS_ROLES", "broker,controller")
                .withEnv("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka:9093")
                .withEnv("KAFKA_LISTENERS", "INTERNAL://:19092,CONTROLLER://:9093,HOST://:9092")
                .withEnv("KAFKA_ADVERTISED_LISTENERS", "INTERNAL://kafka:19092,HOST://" + hostBootstrap)
                .withEnv("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "INTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,HOST:SASL_PLAINTEXT")
                .withEnv("KAFKA_INTER_BROKER_LISTENER_NAME", "INTERNAL")
                .withEnv("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER")
                .withEnv("KAFKA_SASL_ENABLED_MECHANISMS", KafkaAccess.MECHANISM)
                .withEnv("KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL", KafkaAccess.MECHANISM)
                .withEnv("KAFKA_LISTENER_NAME_INTERNAL_SCRAM__SHA__512_SASL_JAAS_CONFIG", scram)
                .withEnv("KAFKA_LISTENER_NAME_HOST_SCRAM__SHA__512_SASL_JAAS_CONFIG", scram)
                .withEnv("KAFKA_SASL_MECHANISM_CONTROLLER_PROTOCOL", "PLAIN")
                .withEnv("KAFKA_LISTENER_NAME_CONTROLLER_SASL_ENABLED_MECHANISMS", "PLAIN")
                .withEnv("KAFKA_LISTENER_NAME_CONTROLLER_PLAIN_SASL_JAAS_CONFIG",
                        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\""
                                + admin + "\" user_admin=\"" + admin + "\";")
                .withEnv("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .withEnv("KAFKA_SUPER_USERS", "User:admin")
                .withEnv("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                .withEnv("KAFKA_LOG_DIRS", "/var/lib/kafka/data")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS", "5")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1).withStartupTimeout(Duration.ofMinutes(2)));
        kafka.setPortBindings(List.of("127.0.0.1:" + hostPort + ":9092"));
        return kafka;
    }

    /** Each principal's SCRAM credential, the ACLs of {@link KafkaAccess}, the contract's topics: as admin. */
    private static void setUpKafka() {
        Properties admin = new Properties();
        admin.putAll(credentials.clientSettings(KafkaAccess.ADMIN));
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, hostBootstrap);
        try (Admin client = Admin.create(admin)) {
            AccessSetup.apply(client, credentials, KafkaAccess.grants());
            ContractTopics.createMissing(client);
        }
    }

    private static GenericContainer<?> service(String module, int port, String databasePassword) {
        int managementPort = port + 1000;
        GenericContainer<?> service = new GenericContainer<>("smartdesk/" + module + ":local")
                .withNetwork(network)
                .withEnv("SMARTDESK_DB_HOST", "postgres")
                .withEnv("SMARTDESK_DB_PORT", "5432")
                .withEnv("SMARTDESK_DB_USER", "postgres")
                .withEnv("SMARTDESK_DB_PASSWORD", databasePassword)
                .withEnv("KAFKA_BOOTSTRAP_SERVERS", "kafka:19092")
                .withEnv("SMARTDESK_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .withEnv("SMARTDESK_KAFKA_USER", module)
                .withEnv("SMARTDESK_KAFKA_PASSWORD", credentials.password(module))
                // test-support's key pair, so that TestTokens' tokens are valid
                .withCopyFileToContainer(MountableFile.forClasspathResource("jwt/publicKey.pem"), "/deployments/jwt/publicKey.pem")
                .withEnv("SMARTDESK_JWT_PUBLIC_KEY", "file:///deployments/jwt/publicKey.pem")
                .withExposedPorts(port, managementPort)
                .waitingFor(Wait.forHttp("/q/health/ready").forPort(managementPort).forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(4)));
        if (module.equals("application-service")) {
            service.withEnv("SMARTDESK_APPLICANT_DATA_KEYS", freshDataKeys())
                    .withEnv("SMARTDESK_APPLICANT_ID_HASH_KEYS", freshIdHashKeys())
                    .withNetworkAliases("application-service");
        }
        if (module.equals("reservation-service")) {
            // who a booking is for comes from application-service (ADR 0011)
            service.withEnv("SMARTDESK_PERSONS_URL", "http://application-service:8081");
        }
        return service;
    }

    private static void start(List<GenericContainer<?>> containers) {
        started.addAll(containers);
        Startables.deepStart(containers).join();
    }

    @AfterAll
    static void stopTheSystem() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).stop();
        }
        if (network != null) {
            network.close();
        }
    }

    @Override
    String baseUrl(String module) {
        GenericContainer<?> service = services.get(module);
        return "http://" + service.getHost() + ":" + service.getMappedPort(PORTS.get(module));
    }

    @Override
    String managementUrl(String module) {
        GenericContainer<?> service = services.get(module);
        return "http://" + service.getHost() + ":" + service.getMappedPort(PORTS.get(module) + 1000);
    }

    /** As a county system reads the public topic: {@value KafkaAccess#EXTERNAL_READER}, over the host listener. */
    @Override
    TopicReader applicationEventsReader() {
        return externalReader(credentials, hostBootstrap);
    }
}
