package tw.smartdesk.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tw.smartdesk.kafkasetup.KafkaAccess;
import tw.smartdesk.kafkasetup.KafkaCredentials;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestIdentities;
import tw.smartdesk.testsupport.TestTokens;
import tw.smartdesk.testsupport.TopicReader;

/**
 * The backbone end to end, whatever runs the five packaged services: an application filed over HTTP travels
 * through the outbox and {@code application-events} and is counted by analytics-service; every service answers
 * on its management port only. {@link SystemAsProcessesIT} runs them as processes on the machine's PostgreSQL and
 * a broker of Kafka's jars; {@link SystemAsContainersIT} as containers (their images) on PostgreSQL and Kafka
 * containers. Both use the test key pair of test-support, so {@link TestTokens} are valid for either.
 */
abstract class SystemScenarios {

    static final List<String> MODULES = List.of("application-service", "reservation-service",
            "pickup-locker-service", "notification-service", "analytics-service");

    /** The service's public API, e.g. {@code http://127.0.0.1:8081}. */
    abstract String baseUrl(String module);

    /** Its management interface: health, metrics, OpenAPI. */
    abstract String managementUrl(String module);

    /** A reader of {@code application-events} logged in as a principal that may read it. */
    abstract TopicReader applicationEventsReader();

    /** A data key ring of one fresh key, as SMARTDESK_APPLICANT_DATA_KEYS takes it (production refuses the dev keys). */
    static String freshDataKeys() {
        return "it-1:" + Base64.getEncoder().encodeToString(randomBytes(32));
    }

    /** A hash key ring of one fresh key, as SMARTDESK_APPLICANT_ID_HASH_KEYS takes it. */
    static String freshIdHashKeys() {
        return "it-1:" + HexFormat.of().formatHex(randomBytes(32));
    }

    /** test-support's public key, which {@link TestTokens} sign for, written to {@code dir}: the services verify with it. */
    static Path testPublicKey(Path dir) throws IOException {
        Path publicKey = dir.resolve("publicKey.pem");
        try (InputStream key = SystemScenarios.class.getClassLoader().getResourceAsStream("jwt/publicKey.pem")) {
            Files.write(publicKey, key.readAllBytes());
        }
        return publicKey;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** A reader of {@code application-events} as a county system reads it: {@value KafkaAccess#EXTERNAL_READER}. */
    static TopicReader externalReader(KafkaCredentials credentials, String bootstrapServers) {
        Properties client = new Properties();
        client.putAll(credentials.clientSettings(KafkaAccess.EXTERNAL_READER));
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new TopicReader("application-events", KafkaAccess.EXTERNAL_READER, client);
    }

    /** Whether the services were started with SMARTDESK_SWAGGER_UI_ENABLED=true; production keeps it off. */
    boolean servesSwaggerUi() {
        return false;
    }

    @Test
    void everyServiceIsHealthyAndDescribesItsApiOnItsManagementPortOnly() {
        for (String module : MODULES) {
            String management = managementUrl(module);
            given().baseUri(management).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(management).when().get("/q/health/live").then().statusCode(200);
            given().baseUri(management).queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).body("info.title", equalTo("SmartDesk " + module));
            given().baseUri(management).accept("text/plain").when().get("/q/metrics")
                    .then().statusCode(200).body(containsString("# TYPE jvm_memory_used_bytes gauge"));
            // production: Swagger UI stays off unless SMARTDESK_SWAGGER_UI_ENABLED=true
            given().baseUri(management).redirects().follow(true).when().get("/q/swagger-ui")
                    .then().statusCode(servesSwaggerUi() ? 200 : 404);
            for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui", "/q/swagger-ui/")) {
                given().baseUri(baseUrl(module)).when().get(path)
                        .then().statusCode(404).contentType("application/problem+json");
            }
        }
    }

    @Test
    void aSubmissionIsPublishedWithoutPersonalDataAndCountedByAnalytics() {
        String serviceCode = "HR-001";
        String resident = "resident-" + UUID.randomUUID();
        String nationalId = TestIdentities.nationalId();
        String name = "林美玲" + UUID.randomUUID().toString().substring(0, 4);
        List<String> ids = new ArrayList<>();
        ids.add(submit(resident, Roles.CITIZEN, "ONLINE", nationalId, name, serviceCode));
        ids.add(submit(resident, Roles.CITIZEN, "MOBILE", nationalId, name, serviceCode));
        ids.add(submit("operator-7", Roles.OPERATOR, "PHONE", nationalId, name, serviceCode));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .baseUri(baseUrl("analytics-service"))
                .header("Authorization", TestTokens.bearer("analyst-1", Roles.ANALYST))
                .queryParam("serviceCode", serviceCode)
                .when().get("/kpis/submissions")
                .then().statusCode(200)
                .body("channel", equalTo(List.of("MOBILE", "ONLINE", "PHONE")))
                .body("submissions", equalTo(List.of(1, 1, 1))));

        try (TopicReader reader = applicationEventsReader()) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> ids.contains(r.key()), 3, Duration.ofSeconds(20));
            assertThat(records.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).isEqualTo(Set.copyOf(ids));
            for (ConsumerRecord<String, String> record : records) {
                assertThat(header(record, "ce_type")).isEqualTo("tw.smartdesk.application.submitted.v2");
                assertThat(header(record, "ce_source")).isEqualTo("urn:smartdesk:application-service");
                assertThat(header(record, "ce_subject")).isEqualTo(record.key());
                assertThat(header(record, "ce_id")).isNotBlank();
                assertThat(header(record, "ce_time")).isNotBlank();
                assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
                assertThat(header(record, "content-type")).startsWith("application/json");
                assertThat(record.value()).contains("\"applicantRef\":\"APL-")
                        .doesNotContain(resident, "operator-7", nationalId, name);
            }
        }
    }

    /** Files one application for the resident with this ID number; returns the application id. */
    private String submit(String subject, String role, String channel, String nationalId, String name,
            String serviceCode) {
        String body = """
                {"channel":"%s",
                 "applicant":{"nationalId":"%s","name":"%s","birthDate":"1975-06-01","township":"TAITUNG_CITY"},
                 "services":[{"serviceCode":"%s","fields":{"scope":"FULL"}}]}
                """.formatted(channel, nationalId, name, serviceCode);
        return given().baseUri(baseUrl("application-service"))
                .header("Authorization", TestTokens.bearer(subject, role))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/applications")
                .then().statusCode(201).extract().path("applications[0].id");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
