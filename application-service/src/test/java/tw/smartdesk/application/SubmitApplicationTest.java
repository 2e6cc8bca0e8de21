package tw.smartdesk.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.SmartDeskTestResource;
import tw.smartdesk.testsupport.TestDatabases;
import tw.smartdesk.testsupport.TestTokens;
import tw.smartdesk.testsupport.TopicReader;

@QuarkusTest
class SubmitApplicationTest {

    private static String body(String serviceCode, String channel) {
        return """
                {"serviceCode":"%s","channel":"%s","township":"臺東市","ageBand":"30-39","residency":"OUT_OF_COUNTY"}
                """.formatted(serviceCode, channel);
    }

    private static String citizen() {
        return "citizen-" + UUID.randomUUID();
    }

    @Test
    void citizenFilesOnlineAndTheEventReachesKafkaWithCloudEventsHeadersAndNoPersonalData() {
        String citizen = citizen();
        String id = given().header("Authorization", TestTokens.bearer(citizen, Roles.CITIZEN))
                .contentType(ContentType.JSON).body(body("HR-001", "ONLINE"))
                .when().post("/applications")
                .then().statusCode(201)
                .body("status", equalTo("SUBMITTED"), "serviceCode", equalTo("HR-001"), "submittedAt", notNullValue())
                .extract().path("id");

        try (TopicReader reader = new TopicReader("application-events")) {
            ConsumerRecord<String, String> record = reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
            assertThat(header(record, "ce_type")).isEqualTo("tw.smartdesk.application.submitted.v1");
            assertThat(header(record, "ce_source")).isEqualTo("urn:smartdesk:application-service");
            assertThat(header(record, "ce_subject")).isEqualTo(id);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_id")).matches("[0-9a-f-]{36}");
            assertThat(header(record, "ce_time")).isNotBlank();
            assertThat(header(record, "ce_dataschema")).isEqualTo("urn:smartdesk:schema:tw.smartdesk.application.submitted.v1");
            assertThat(header(record, "content-type")).startsWith("application/json");
            assertThat(record.value()).contains("\"applicationId\":\"" + id + "\"", "\"applicantRef\":\"APL-", "\"channel\":\"ONLINE\"")
                    .doesNotContain(citizen);
        }
    }

    @Test
    void operatorFilesByPhoneOnBehalfOfAResident() {
        given().header("Authorization", TestTokens.bearer("operator-1", Roles.OPERATOR))
                .contentType(ContentType.JSON)
                .body("{\"serviceCode\":\"HR-002\",\"channel\":\"PHONE\",\"onBehalfOf\":\"resident-9\"}")
                .when().post("/applications")
                .then().statusCode(201).body("channel", equalTo("PHONE"));
    }

    @Test
    void operatorWithoutAResidentGetsA400() {
        given().header("Authorization", TestTokens.bearer("operator-1", Roles.OPERATOR))
                .contentType(ContentType.JSON).body(body("HR-002", "PHONE"))
                .when().post("/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("onBehalfOf"));
    }

    @Test
    void invalidRequestListsEveryViolation() {
        given().header("Authorization", TestTokens.bearer(citizen(), Roles.CITIZEN))
                .contentType(ContentType.JSON).body("{\"serviceCode\":\"nope\",\"ageBand\":\"old\"}")
                .when().post("/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400), "type", equalTo("urn:smartdesk:problem:validation"),
                        "violations.field", containsInAnyOrder("serviceCode", "channel", "ageBand"));
    }

    @Test
    void unknownEnumValueIsA400NotAStackTrace() {
        given().header("Authorization", TestTokens.bearer(citizen(), Roles.CITIZEN))
                .contentType(ContentType.JSON).body("{\"serviceCode\":\"HR-001\",\"channel\":\"FAX\"}")
                .when().post("/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("channel"));
    }

    @Test
    void citizenCannotUseTheCounterChannel() {
        given().header("Authorization", TestTokens.bearer(citizen(), Roles.CITIZEN))
                .contentType(ContentType.JSON).body(body("HR-001", "COUNTER"))
                .when().post("/applications")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:channel-not-allowed"));
    }

    @Test
    void withoutATokenTheAnswerIs401AndWithTheWrongRole403() {
        given().contentType(ContentType.JSON).body(body("HR-001", "ONLINE"))
                .when().post("/applications")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer " + TestTokens.expired("c", Roles.CITIZEN))
                .contentType(ContentType.JSON).body(body("HR-001", "ONLINE"))
                .when().post("/applications")
                .then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("analyst-1", Roles.ANALYST))
                .contentType(ContentType.JSON).body(body("HR-001", "ONLINE"))
                .when().post("/applications")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyReturnsTheFirstResponseAndWritesNothing() throws Exception {
        String token = TestTokens.bearer(citizen(), Roles.CITIZEN);
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body("LT-010", "MOBILE"))
                .when().post("/applications").then().statusCode(201).extract().asString();
        String again = given().header("Authorization", token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body("LT-010", "MOBILE"))
                .when().post("/applications").then().statusCode(201).extract().asString();
        assertThat(again).isEqualTo(first);
        String id = io.restassured.path.json.JsonPath.from(first).getString("id");
        assertThat(count("select count(*) from application where service_code = 'LT-010'")).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where message_key = '" + id + "'")).isEqualTo(1);

        given().header("Authorization", token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body("LT-011", "MOBILE"))
                .when().post("/applications")
                .then().statusCode(422).body("type", equalTo("urn:smartdesk:problem:idempotency-key-reused"));
    }

    @Test
    void onlyTheOwnerAndStaffSeeAnApplication() {
        String owner = citizen();
        String id = given().header("Authorization", TestTokens.bearer(owner, Roles.CITIZEN))
                .contentType(ContentType.JSON).body(body("HR-001", "ONLINE"))
                .when().post("/applications").then().statusCode(201).extract().path("id");

        given().header("Authorization", TestTokens.bearer(owner, Roles.CITIZEN))
                .when().get("/applications/" + id).then().statusCode(200).body("id", equalTo(id));
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK))
                .when().get("/applications/" + id).then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(citizen(), Roles.CITIZEN))
                .when().get("/applications/" + id)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = TestDatabases.connect(SmartDeskTestResource.currentDatabase());
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
