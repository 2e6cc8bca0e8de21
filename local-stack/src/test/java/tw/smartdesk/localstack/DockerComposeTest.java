package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tw.smartdesk.events.Topic;
import tw.smartdesk.kafkasetup.BrokerSettings;
import tw.smartdesk.kafkasetup.ContractTopics;
import tw.smartdesk.kafkasetup.KafkaAccess;
import tw.smartdesk.kafkasetup.KafkaGrant;

/**
 * docker-compose.yml says what the code says: one container per service on the port and with the database its
 * module declares, the topics of {@link Topic}, the Kafka release of the build, and the variables the services
 * read. A fast check of the file; system-tests' ComposeStackIT runs it.
 */
class DockerComposeTest {

    private static final String API_PORT_PREFIX = "SMARTDESK_API_PORT_PREFIX";
    private static final String MANAGEMENT_PORT_PREFIX = "SMARTDESK_MANAGEMENT_PORT_PREFIX";
    /** The only variables with a default: images, host ports and where the public key is. None is a secret. */
    private static final List<String> DEFAULTED_SETTINGS = List.of("SMARTDESK_POSTGRES_IMAGE", "SMARTDESK_KAFKA_IMAGE",
            API_PORT_PREFIX, MANAGEMENT_PORT_PREFIX, "SMARTDESK_KAFKA_HOST_PORT", "SMARTDESK_POSTGRES_HOST_PORT",
            "SMARTDESK_JWT_PUBLIC_KEY_FILE");

    private static JsonNode compose;

    @BeforeAll
    static void readCompose() throws Exception {
        compose = new ObjectMapper(new YAMLFactory()).readTree(RepoFiles.root().resolve("docker-compose.yml").toFile());
    }

    @Test
    void runsPostgresKafkaTheTopicJobAndTheFiveServices() {
        List<String> expected = new ArrayList<>(List.of("postgres", "kafka", "kafka-storage", "kafka-topics"));
        StackService.all().forEach(service -> expected.add(service.module()));
        assertThat(names(compose.path("services"))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(StackService.class)
    void eachServicePublishesThePortItsModuleDeclaresAndItsManagementPortToThisMachineOnly(StackService service) {
        JsonNode container = compose.path("services").path(service.module());
        assertThat(texts(container.path("ports"))).containsExactly(
                hostPort(API_PORT_PREFIX, service.defaultPort()) + ":" + service.defaultPort(),
                "127.0.0.1:" + hostPort(MANAGEMENT_PORT_PREFIX, service.defaultManagementPort()) + ":" + service.defaultManagementPort());
        Path properties = RepoFiles.applicationProperties(service);
        if (Files.exists(properties)) {
            assertThat(RepoFiles.properties(properties).getProperty("quarkus.http.port")).isEqualTo(String.valueOf(service.defaultPort()));
            assertThat(RepoFiles.defaultOf(RepoFiles.properties(properties).getProperty("quarkus.management.port")))
                    .isEqualTo(String.valueOf(service.defaultManagementPort()));
        }
        String context = container.path("build").path("context").asText();
        assertThat(context).isEqualTo("./" + service.module() + "/target/quarkus-app");
        assertThat(RepoFiles.root().resolve(context).resolve(container.path("build").path("dockerfile").asText()).normalize())
                .isEqualTo(RepoFiles.root().resolve("docker/service.Containerfile")).exists();
        assertThat(container.path("image").asText()).isEqualTo("smartdesk/" + service.module() + ":local");
    }

    @ParameterizedTest
    @EnumSource(StackService.class)
    void eachServiceIsConfiguredByTheVariablesItReads(StackService service) {
        JsonNode environment = compose.path("services").path(service.module()).path("environment");
        assertThat(environment.path("SMARTDESK_DB_HOST").asText()).isEqualTo("postgres");
        assertThat(environment.path("SMARTDESK_DB_PORT").asText()).isEqualTo("5432");
        assertThat(environment.path("SMARTDESK_DB_USER").asText())
                .isEqualTo(compose.path("services").path("postgres").path("environment").path("POSTGRES_USER").asText());
        assertThat(environment.path("SMARTDESK_DB_PASSWORD").asText())
                .isEqualTo(compose.path("services").path("postgres").path("environment").path("POSTGRES_PASSWORD").asText());
        assertThat(environment.path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo(internalKafkaListener());
        assertThat(environment.path("SMARTDESK_JWT_ISSUER").asText()).isEqualTo("urn:smartdesk");
        assertThat(environment.path("SMARTDESK_JWT_MAX_TOKEN_AGE").asText()).as("the age of ./smartdesk tokens' tokens")
                .isEqualTo(String.valueOf(StackTokens.LIFETIME.toSeconds()));
        assertThat(environment.path("SMARTDESK_KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_PLAINTEXT");
        assertThat(environment.path("SMARTDESK_KAFKA_USER").asText()).isEqualTo(service.module());
        assertThat(environment.path("SMARTDESK_KAFKA_PASSWORD").asText()).isEqualTo(requiredVariable(passwordVariable(service.module())));
        assertThat(environment.path("SMARTDESK_JWT_PUBLIC_KEY").asText()).isEqualTo("file:///deployments/jwt/publicKey.pem");
        assertThat(texts(compose.path("services").path(service.module()).path("volumes"))).containsExactly(
                "${SMARTDESK_JWT_PUBLIC_KEY_FILE:-./" + StackSettings.STATE_FOLDER + "/keys/publicKey.pem}"
                        + ":/deployments/jwt/publicKey.pem:ro");
    }

    @ParameterizedTest
    @EnumSource(StackService.class)
    void eachServiceGetsEveryVariableItCannotStartWithout(StackService service) {
        List<String> provided = names(compose.path("services").path(service.module()).path("environment"));
        Path file = RepoFiles.applicationProperties(service);
        if (Files.exists(file)) {
            assertThat(provided).as("variables without a default in " + file)
                    .containsAll(RepoFiles.requiredVariables(file));
        }
        assertThat(provided).as("variables without a default in " + RepoFiles.platformProperties())
                .containsAll(RepoFiles.requiredVariables(RepoFiles.platformProperties()));
    }

    @Test
    void everySecretIsRequiredNeverDefaulted() throws Exception {
        String text = Files.readString(RepoFiles.root().resolve("docker-compose.yml"));
        Matcher reference = Pattern.compile("(?<!\\$)\\$\\{([A-Z0-9_]+)([^}]*)}").matcher(text);
        List<String> references = new ArrayList<>();
        while (reference.find()) {
            references.add(reference.group(1));
            if (!DEFAULTED_SETTINGS.contains(reference.group(1))) {
                assertThat(reference.group(2)).as("${" + reference.group(1) + "...}: compose must refuse to run without it")
                        .startsWith(":?");
            }
        }
        assertThat(references).contains("SMARTDESK_KAFKA_ADMIN_PASSWORD", "SMARTDESK_APPLICANT_DATA_KEYS",
                "SMARTDESK_APPLICANT_ID_HASH_KEYS");
        JsonNode environment = compose.path("services").path(StackService.APPLICATION.module()).path("environment");
        for (String ring : List.of("SMARTDESK_APPLICANT_DATA_KEYS", "SMARTDESK_APPLICANT_ID_HASH_KEYS")) {
            assertThat(environment.path(ring).asText()).isEqualTo("${" + ring + ":?set " + ring + ", see README \"Keys\"}");
        }
        assertThat(names(environment)).doesNotContain("SMARTDESK_APPLICANT_DATA_KEY", "SMARTDESK_APPLICANT_ID_HASH_KEY");
        assertThat(Files.readString(RepoFiles.root().resolve("README.md"))).contains("### Keys");
    }

    @ParameterizedTest
    @EnumSource(StackService.class)
    void eachServiceIsHealthyWhenItsManagementPortSaysReadyAndShowsSwaggerUiThere(StackService service) {
        JsonNode container = compose.path("services").path(service.module());
        String check = texts(container.path("healthcheck").path("test")).toString();
        assertThat(check).contains("/dev/tcp/127.0.0.1/" + service.defaultManagementPort(), "GET /q/health/ready", " 200 ");
        JsonNode environment = container.path("environment");
        assertThat(environment.path("SMARTDESK_SWAGGER_UI_ENABLED").asText()).isEqualTo("true");
        assertThat(environment.path("MP_OPENAPI_SERVERS").asText())
                .isEqualTo("http://localhost:" + hostPort(API_PORT_PREFIX, service.defaultPort()));
        assertThat(environment.path("QUARKUS_HTTP_CORS_ORIGINS").asText())
                .contains("http://localhost:" + hostPort(MANAGEMENT_PORT_PREFIX, service.defaultManagementPort()));
    }

    @Test
    void thePostgresInitScriptCreatesEveryServiceDatabase() throws Exception {
        String script = Files.readString(RepoFiles.root().resolve("docker/postgres-init.sql"));
        List<String> created = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?im)^\\s*CREATE DATABASE\\s+(\\w+)\\s*;").matcher(script);
        while (matcher.find()) {
            created.add(matcher.group(1));
        }
        assertThat(created).containsExactlyInAnyOrderElementsOf(StackService.all().stream().map(StackService::database).toList());
        for (StackService service : StackService.all()) {
            Path file = RepoFiles.applicationProperties(service);
            if (Files.exists(file)) {
                assertThat(RepoFiles.databaseOf(RepoFiles.properties(file).getProperty("quarkus.datasource.reactive.url")))
                        .as(service.module()).isIn(created);
            }
        }
        assertThat(texts(compose.path("services").path("postgres").path("volumes")))
                .contains("./docker/postgres-init.sql:/docker-entrypoint-initdb.d/10-smartdesk-databases.sql:ro");
    }

    @Test
    void theTopicJobCreatesTheTopicsOfTheContract() {
        JsonNode environment = compose.path("services").path("kafka-topics").path("environment");
        List<String> topics = Arrays.asList(environment.path("TOPICS").asText().trim().split("\\s+"));
        assertThat(topics).containsExactlyElementsOf(ContractTopics.required().stream().map(NewTopic::name).toList());
        assertThat(environment.path("COMPACTED_TOPICS").asText().trim().split("\\s+"))
                .containsExactlyElementsOf(Arrays.stream(Topic.values()).filter(Topic::compacted).map(Topic::topicName).toList());
        assertThat(environment.path("PARTITIONS").asInt()).isEqualTo(BrokerSettings.PARTITIONS);
        assertThat(environment.path("BOOTSTRAP_SERVERS").asText()).isEqualTo(internalKafkaListener());
        assertThat(compose.path("services").path("kafka-topics").path("depends_on").path("kafka").path("condition").asText())
                .isEqualTo("service_healthy");
    }

    @Test
    void kafkaIsTheReleaseOfTheBuildInKraftModeWithoutAutoCreation() throws Exception {
        JsonNode kafka = compose.path("services").path("kafka");
        String image = "smartdesk/kafka:" + RepoFiles.kafkaVersion();
        assertThat(kafka.path("image").asText()).isEqualTo("${SMARTDESK_KAFKA_IMAGE:-" + image + "}");
        assertThat(Files.readString(RepoFiles.root().resolve("docker/containers.sh"))).as("the tag the script builds")
                .contains("build " + image + " ");
        assertThat(compose.path("services").path("kafka-topics").path("image").asText()).isEqualTo(kafka.path("image").asText());
        JsonNode environment = kafka.path("environment");
        assertThat(environment.path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(environment.path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText()).isEqualTo("false");
        assertThat(Uuid.fromString(environment.path("CLUSTER_ID").asText())).isNotNull();
        Properties local = new Properties();
        local.putAll(new BrokerConfig(9092, 9093, Path.of("data"), "password").settings());
        for (String key : List.of("num.partitions", "offsets.topic.replication.factor", "transaction.state.log.replication.factor",
                "transaction.state.log.min.isr", "share.coordinator.state.topic.replication.factor",
                "share.coordinator.state.topic.min.isr", "group.initial.rebalance.delay.ms", "auto.create.topics.enable")) {
            String variable = "KAFKA_" + key.toUpperCase().replace('.', '_');
            assertThat(environment.path(variable).asText()).as(variable + " as in the local stack").isEqualTo(local.getProperty(key));
        }
    }

    @Test
    void theTopicJobSetsUpThePrincipalsAndAclsOfTheAccessModel() {
        JsonNode environment = compose.path("services").path("kafka-topics").path("environment");
        List<String> principals = KafkaAccess.grants().stream().map(KafkaGrant::principal).toList();
        assertThat(environment.path("PRINCIPALS").asText().trim().split("\\s+")).containsExactlyElementsOf(principals);
        for (String principal : principals) {
            assertThat(environment.path(passwordVariable(principal)).asText()).isEqualTo(requiredVariable(passwordVariable(principal)));
        }
        List<String> expected = new ArrayList<>();
        for (KafkaGrant grant : KafkaAccess.grants()) {
            grant.writableTopics().forEach(topic -> expected.add(grant.principal() + " WRITE topic " + topic));
            grant.readableTopics().forEach(topic -> expected.add(grant.principal() + " READ topic " + topic));
            if (!grant.reads().isEmpty()) {
                expected.add(grant.principal() + " READ group " + grant.groupPrefix());
            }
        }
        assertThat(environment.path("ACLS").asText().strip().lines().map(String::strip).toList()).containsExactlyElementsOf(expected);
        Map<String, String> compacted = new java.util.TreeMap<>();
        Arrays.stream(environment.path("COMPACTED_CONFIG").asText().split(",")).map(pair -> pair.split("=", 2))
                .forEach(pair -> compacted.put(pair[0], pair[1]));
        assertThat(compacted).isEqualTo(ContractTopics.compactedConfigs());
    }

    @Test
    void kafkaRunsWithScramForClientsAndAclsAsTheLocalStacksBrokerDoes() {
        JsonNode environment = compose.path("services").path("kafka").path("environment");
        Properties local = new Properties();
        local.putAll(new BrokerConfig(9092, 9093, Path.of("data"), "password").settings());
        for (String key : List.of("sasl.enabled.mechanisms", "sasl.mechanism.inter.broker.protocol",
                "sasl.mechanism.controller.protocol", "authorizer.class.name", "super.users", "allow.everyone.if.no.acl.found")) {
            String variable = "KAFKA_" + key.toUpperCase().replace('.', '_');
            assertThat(environment.path(variable).asText()).as(variable + " as in the local stack").isEqualTo(local.getProperty(key));
        }
        assertThat(environment.path("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").asText())
                .isEqualTo("INTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,HOST:SASL_PLAINTEXT");
        assertThat(environment.path("KAFKA_LISTENER_NAME_INTERNAL_SCRAM__SHA__512_SASL_JAAS_CONFIG").asText())
                .contains("username=\"admin\"").contains(requiredVariable("SMARTDESK_KAFKA_ADMIN_PASSWORD"));
        assertThat(compose.path("services").path("kafka-storage").path("command").get(0).asText())
                .contains("--add-scram \"SCRAM-SHA-512=[name=admin,password=$$SMARTDESK_KAFKA_ADMIN_PASSWORD]\"");
    }

    /**
     * {@code "${<prefix variable>:-80}81"} for 8081: the compose file publishes each port under a host port whose first
     * digits a variable may change (a test, or a second composition next to the first).
     */
    private static String hostPort(String prefixVariable, int port) {
        return "${" + prefixVariable + ":-" + port / 100 + "}" + String.format("%02d", port % 100);
    }

    /** {@code SMARTDESK_KAFKA_<PRINCIPAL>_PASSWORD}: where docker-compose takes a principal's password from. */
    private static String passwordVariable(String principal) {
        return "SMARTDESK_KAFKA_" + principal.toUpperCase().replace('-', '_') + "_PASSWORD";
    }

    /** A variable docker compose refuses to run without. */
    private static String requiredVariable(String name) {
        return "${" + name + ":?set the Kafka passwords, see docker-compose.yml}";
    }

    @ParameterizedTest
    @EnumSource(StackService.class)
    void servicesStartAfterTheirDatabaseAndTheTopics(StackService service) {
        JsonNode dependsOn = compose.path("services").path(service.module()).path("depends_on");
        assertThat(dependsOn.path("postgres").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(dependsOn.path("kafka-topics").path("condition").asText()).isEqualTo("service_completed_successfully");
    }

    /** {@code kafka:19092}: the advertised listener the containers use (the other one is for the host). */
    private static String internalKafkaListener() {
        String advertised = compose.path("services").path("kafka").path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText();
        String internal = Arrays.stream(advertised.split(",")).filter(l -> l.startsWith("INTERNAL://")).findFirst().orElseThrow();
        return internal.substring("INTERNAL://".length());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
