package tw.smartdesk.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.KafkaBroker;
import tw.smartdesk.testsupport.TestDatabases;
import tw.smartdesk.testsupport.TestIdentities;
import tw.smartdesk.testsupport.TestTokens;
import tw.smartdesk.testsupport.TopicReader;

/**
 * The backbone end to end: all five packaged services run as processes on one Kafka broker and one
 * PostgreSQL server; an application filed over HTTP travels through the outbox and
 * {@code application-events} and is counted by analytics-service.
 */
class SubmissionToAnalyticsIT {

    private static final List<String> MODULES = List.of("application-service", "reservation-service",
            "pickup-locker-service", "notification-service", "analytics-service");
    private static final Map<String, PackagedService> services = new LinkedHashMap<>();
    private static final List<String> databases = new ArrayList<>();

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path work = Files.createTempDirectory("smartdesk-system-");
        Path publicKey = work.resolve("publicKey.pem");
        try (InputStream key = SubmissionToAnalyticsIT.class.getClassLoader().getResourceAsStream("jwt/publicKey.pem")) {
            Files.write(publicKey, key.readAllBytes());
        }
        // the packaged jars run in production: they start only with the verification key named by the environment
        Map<String, String> environment = Map.of("SMARTDESK_JWT_PUBLIC_KEY", publicKey.toUri().toString());
        Map<String, String> settings = Map.of(
                "kafka.bootstrap.servers", KafkaBroker.bootstrapServers(),
                // application-service refuses to start in production without its own keys
                "smartdesk.application.data-keys", "it-1:" + Base64.getEncoder().encodeToString(randomBytes(32)),
                "smartdesk.application.id-hash-keys", "it-1:" + HexFormat.of().formatHex(randomBytes(32)));
        for (String module : MODULES) {
            String database = TestDatabases.create("system_" + module.replace("-service", "").replace('-', '_'));
            databases.add(database);
            Map<String, String> moduleSettings = new LinkedHashMap<>(settings);
            // each service logs in to the broker as its own principal: its ACLs apply, as in production
            KafkaBroker.clientSettings(module).forEach((key, value) -> moduleSettings.put("kafka." + key, String.valueOf(value)));
            services.put(module, PackagedService.start(module, database, moduleSettings, environment, work));
        }
        for (PackagedService service : services.values()) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    @AfterAll
    static void stopTheSystem() {
        services.values().forEach(PackagedService::close);
        databases.forEach(TestDatabases::drop);
    }

    @Test
    void everyServiceIsHealthyAndDescribesItsApiOnItsManagementPortOnly() {
        for (Map.Entry<String, PackagedService> entry : services.entrySet()) {
            PackagedService service = entry.getValue();
            given().baseUri(service.managementUrl()).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(service.managementUrl()).when().get("/q/health/live").then().statusCode(200);
            given().baseUri(service.managementUrl()).queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).body("info.title", equalTo("SmartDesk " + entry.getKey()));
            given().baseUri(service.managementUrl()).accept("text/plain").when().get("/q/metrics")
                    .then().statusCode(200).body(containsString("# TYPE jvm_memory_used_bytes gauge"));
            // production: Swagger UI stays off unless SMARTDESK_SWAGGER_UI_ENABLED=true
            given().baseUri(service.managementUrl()).redirects().follow(true).when().get("/q/swagger-ui").then().statusCode(404);
            for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui", "/q/swagger-ui/")) {
                given().baseUri(service.baseUrl()).when().get(path)
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
                .baseUri(services.get("analytics-service").baseUrl())
                .header("Authorization", TestTokens.bearer("analyst-1", Roles.ANALYST))
                .queryParam("serviceCode", serviceCode)
                .when().get("/kpis/submissions")
                .then().statusCode(200)
                .body("channel", equalTo(List.of("MOBILE", "ONLINE", "PHONE")))
                .body("submissions", equalTo(List.of(1, 1, 1))));

        try (TopicReader reader = new TopicReader("application-events")) {
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
    private static String submit(String subject, String role, String channel, String nationalId, String name,
            String serviceCode) {
        String body = """
                {"channel":"%s",
                 "applicant":{"nationalId":"%s","name":"%s","birthDate":"1975-06-01","township":"TAITUNG_CITY"},
                 "services":[{"serviceCode":"%s","fields":{"scope":"FULL"}}]}
                """.formatted(channel, nationalId, name, serviceCode);
        return given().baseUri(services.get("application-service").baseUrl())
                .header("Authorization", TestTokens.bearer(subject, role))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/applications")
                .then().statusCode(201).extract().path("applications[0].id");
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
