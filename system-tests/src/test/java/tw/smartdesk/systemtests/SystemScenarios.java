package tw.smartdesk.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

    /**
     * The ID-number hash key of this run: application-service's one key, and the key of the identity provider whose
     * verified logins name residents by that hash (the claim format KEYED_HASH, application-service's default).
     */
    private static final String ID_HASH_KEY = HexFormat.of().formatHex(randomBytes(32));

    /** A hash key ring of the run's one key, as SMARTDESK_APPLICANT_ID_HASH_KEYS takes it. */
    static String freshIdHashKeys() {
        return "it-1:" + ID_HASH_KEY;
    }

    /** A citizen's login verified as the resident with {@code nationalId}, as the identity provider signs it in. */
    static String verifiedCitizen(String subject, String nationalId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // application-service keys the HMAC with the secret's text, as the provider is told to
            mac.init(new SecretKeySpec(ID_HASH_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String hash = HexFormat.of().formatHex(mac.doFinal(nationalId.getBytes(StandardCharsets.UTF_8)));
            return "Bearer " + TestTokens.withClaims(subject, Roles.CITIZEN, Map.of("tw_national_id_hash", hash));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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

    /**
     * A resident is one person on the web and on the phone (ADR 0011): reservation-service learns who they are from
     * application-service, so the phone desk cannot book them a second visit the same day; the agent service they
     * asked for online becomes a prepared application (PreparationRequested, consumed by application-service) that
     * their own login sees.
     */
    /** Not the service the submission scenario counts in analytics: the prepared application is a submission too. */
    private static final String PREPARED_SERVICE = "HR-002";

    @Test
    void aResidentBookedOnlineCannotBeBookedAgainThatDayByPhoneAndTheAgentServicePreparesTheirApplication() {
        String nationalId = TestIdentities.nationalId();
        String citizen = verifiedCitizen("resident-" + UUID.randomUUID(), nationalId);
        String reservations = baseUrl("reservation-service");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
        LocalDate day = IntStream.rangeClosed(1, 7).mapToObj(today::plusDays)
                .filter(candidate -> !slotsOn(candidate).isEmpty()).findFirst().orElseThrow();
        List<String> starts = slotsOn(day);

        String reservationId = given().baseUri(reservations).header("Authorization", citizen).contentType(ContentType.JSON)
                .body(Map.of("siteId", "TTCSC-MAIN", "slotStart", starts.get(5), "purpose", "APPLY",
                        "serviceCodes", List.of(PREPARED_SERVICE), "agentService", true))
                .when().post("/reservations").then().statusCode(201).body("applicantRef", startsWith("APL-"))
                .extract().path("id");
        given().baseUri(reservations).header("Authorization", TestTokens.bearer("operator-8", Roles.OPERATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("siteId", "TTCSC-MAIN", "slotStart", starts.get(9), "purpose", "APPLY",
                        "serviceCodes", List.of(PREPARED_SERVICE),
                        "caller", Map.of("nationalId", nationalId, "birthDate", "1975-06-01", "phone", "0912345678")))
                .when().post("/reservations").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:one-reservation-per-day"));

        Awaitility.await("the prepared application").atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .baseUri(baseUrl("application-service")).header("Authorization", citizen)
                .when().get("/applications/mine").then().statusCode(200)
                .body("items.findAll { it.reservationId == '" + reservationId + "' }.channel", equalTo(List.of("AGENT"))));
    }

    private List<String> slotsOn(LocalDate day) {
        return given().baseUri(baseUrl("reservation-service")).header("Authorization", TestTokens.bearer("reader", Roles.CITIZEN))
                .queryParam("date", day.toString()).queryParam("purpose", "APPLY")
                .when().get("/sites/TTCSC-MAIN/slots").then().statusCode(200).extract().path("slots.start");
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
