package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static tw.smartdesk.application.filing.Records.header;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.Masking;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;
import tw.smartdesk.testsupport.TopicReader;

@QuarkusTest
class SubmitApplicationTest {

    private static String citizen() {
        return "citizen-" + UUID.randomUUID();
    }

    @Test
    void citizenFilesOnlineAndTheEventCarriesCloudEventsHeadersAndNoPersonalData() {
        String code = Catalogue.service().processingDays(3).compartment("M").create();
        Resident resident = Resident.random();
        String citizen = citizen();

        JsonPath answer = Submission.of("ONLINE", resident).service(code).postAs(citizen, Roles.CITIZEN)
                .statusCode(201)
                .body("submissionId", notNullValue(),
                        "applicant", not(hasKey("applicantRef")),
                        "applicant.maskedNationalId", equalTo(Masking.nationalId(resident.nationalId())),
                        "applicant.maskedName", equalTo(Masking.name(resident.name())),
                        "proxy", nullValue(),
                        "applications", hasSize(1),
                        "applications[0].serviceCode", equalTo(code),
                        "applications[0].status", equalTo("SUBMITTED"),
                        "applications[0].channel", equalTo("ONLINE"),
                        "applications[0].pickupMethod", equalTo("SMART_DESK"),
                        "applications[0].siteId", equalTo("TTCSC-MAIN"),
                        "applications[0].dueDate", notNullValue())
                .extract().jsonPath();
        String body = answer.prettify();
        assertThat(body).doesNotContain(resident.nationalId(), resident.name(), resident.phoneDigits(), resident.email());
        String id = answer.getString("applications[0].id");
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", id);
        assertThat(ref).matches("APL-[0-9a-f]{24}");
        assertThat(body).doesNotContain(ref, "applicantRef");

        assertThat(Db.value("select service_version || ' ' || compartment_size || ' ' || owner_subject || ' ' || age_band"
                + " from application where id = ?::uuid", id)).isEqualTo("3 M " + citizen + " 30-39");
        assertThat(LocalDate.parse(answer.getString("applications[0].dueDate")))
                .isAfterOrEqualTo(LocalDate.now().plusDays(3));
        assertThat(Db.count("select count(*) from application_history where application_id = ?::uuid and action = 'SUBMIT'"
                + " and actor_role = 'citizen'", id)).isEqualTo(1);

        try (TopicReader reader = new TopicReader("application-events")) {
            ConsumerRecord<String, String> record = reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
            assertThat(header(record, "ce_type")).isEqualTo("tw.smartdesk.application.submitted.v2");
            assertThat(header(record, "ce_source")).isEqualTo("urn:smartdesk:application-service");
            assertThat(header(record, "ce_subject")).isEqualTo(id);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_id")).matches("[0-9a-f-]{36}");
            assertThat(header(record, "ce_time")).isNotBlank();
            assertThat(header(record, "ce_dataschema")).isEqualTo("urn:smartdesk:schema:tw.smartdesk.application.submitted.v2");
            assertThat(header(record, "content-type")).startsWith("application/json");
            assertThat(record.value()).contains("\"applicationId\":\"" + id + "\"", "\"applicantRef\":\"" + ref + "\"",
                            "\"channel\":\"ONLINE\"", "\"ageBand\":\"30-39\"", "\"township\":\"TAITUNG_CITY\"", "\"residency\":\"IN_COUNTY\"")
                    .doesNotContain(resident.nationalId(), resident.name(), resident.phoneDigits(), resident.email(),
                            resident.lineId(), citizen);
        }
    }

    @Test
    void citizenFilesFromTheMobileAppAndSeesTheApplication() {
        String code = Catalogue.service().create();
        String citizen = citizen();
        String id = Submission.of("MOBILE", Resident.random()).service(code).postAs(citizen, Roles.CITIZEN)
                .statusCode(201).body("applications[0].channel", equalTo("MOBILE"))
                .extract().path("applications[0].id");

        given().header("Authorization", TestTokens.bearer(citizen, Roles.CITIZEN))
                .when().get("/applications/" + id).then().statusCode(200).body("id", equalTo(id));
        given().header("Authorization", TestTokens.bearer(citizen(), Roles.CITIZEN))
                .when().get("/applications/" + id).then().statusCode(404);
    }

    @Test
    void anOperatorFilesByPhoneForAResidentNamedByTheirIdNumberAndTheResidentsVerifiedAccountSeesIt() {
        String code = Catalogue.service().create();
        Resident resident = Resident.random();
        String citizen = citizen();
        String online = Submission.of("ONLINE", resident).service(code).postVerified(citizen)
                .statusCode(201).extract().path("applications[0].id");
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", online);
        assertThat(ref).matches("APL-[0-9a-f]{24}");

        String id = Submission.of("PHONE", resident).service(Catalogue.service().create())
                .applicant("nationalId", " " + resident.nationalId().toLowerCase() + " ")
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR)
                .statusCode(201)
                .body("applicant.applicantRef", equalTo(ref), "applications[0].channel", equalTo("PHONE"))
                .extract().path("applications[0].id");

        assertThat(Db.value("select owner_subject from application where id = ?::uuid", id)).isNull();
        assertThat(Db.value("select submitted_by from application where id = ?::uuid", id)).startsWith("operator-");
        assertThat(Db.count("select count(*) from applicant where applicant_ref = ?", ref)).isEqualTo(1);
        given().header("Authorization", TestTokens.bearer(citizen, Roles.CITIZEN))
                .when().get("/applications/" + id).then().statusCode(200);
    }

    @Test
    void aClerkFilesAtTheCounterForAResidentWithoutAnAccount() {
        String code = Catalogue.service().create();
        String id = Submission.of("COUNTER", Resident.foreignResident()).service(code)
                .postAs("clerk-" + UUID.randomUUID(), Roles.CLERK)
                .statusCode(201).body("applications[0].channel", equalTo("COUNTER"))
                .extract().path("applications[0].id");

        assertThat(Db.value("select owner_subject from application where id = ?::uuid", id)).isNull();
        given().header("Authorization", TestTokens.bearer("clerk-2", Roles.CLERK))
                .when().get("/applications/" + id).then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(citizen(), Roles.CITIZEN))
                .when().get("/applications/" + id).then().statusCode(404);
    }

    @Test
    void twoFilingsForTheSameNewResidentAtOnceRegisterOneApplicant() throws Exception {
        Resident resident = Resident.random();
        String citizen = citizen();
        List<Submission> submissions = List.of(
                Submission.of("ONLINE", resident).service(Catalogue.service().create()),
                Submission.of("MOBILE", resident).service(Catalogue.service().create()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> refs = new ArrayList<>();
            for (Submission submission : submissions) {
                refs.add(pool.submit(() -> {
                    start.await();
                    String id = submission.postAs(citizen, Roles.CITIZEN).statusCode(201)
                            .body("applicant", not(hasKey("applicantRef")))
                            .extract().<String>path("applications[0].id");
                    return Db.value("select applicant_ref from application where id = ?::uuid", id);
                }));
            }
            start.countDown();
            assertThat(refs.get(0).get(30, TimeUnit.SECONDS)).matches("APL-[0-9a-f]{24}")
                    .isEqualTo(refs.get(1).get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertThat(Db.count("select count(*) from application where owner_subject = ?", citizen)).isEqualTo(2);
        assertThat(Db.count("select count(distinct applicant_ref) from application where owner_subject = ?", citizen)).isEqualTo(1);
    }

    @Test
    void everyBrokenRuleIsListedInOneProblem() {
        String code = Catalogue.service().create();
        Resident resident = Resident.random();
        String wrongCheckDigit = resident.nationalId().substring(0, 9) + ((resident.nationalId().charAt(9) - '0' + 1) % 10);
        Submission.of("ONLINE", resident)
                .applicant("nationalId", wrongCheckDigit)
                .applicant("name", null)
                .applicant("birthDate", LocalDate.now().plusDays(1).toString())
                .applicant("phone", "12345")
                .applicant("email", "not-an-address")
                .applicant("lineId", null)
                .applicant("channelPreferences", List.of("LINE", "INBOX", "INBOX"))
                .service(code, Map.of("section", "not a section", "colour", "blue"))
                .service(code, Map.of())
                .service("lower-case", Map.of())
                .proxy("代理人", "配偶", "A123456788", "LETTER-1")
                .pickup("SMART_DESK", "not a site")
                .postAs(citizen(), Roles.CITIZEN)
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:validation"),
                        "violations.field", containsInAnyOrder(
                                "applicant.nationalId", "applicant.name", "applicant.birthDate", "applicant.phone",
                                "applicant.email", "applicant.channelPreferences[0]", "applicant.channelPreferences[2]",
                                "services[0].fields.section", "services[0].fields.colour",
                                "services[1].serviceCode", "services[1].fields.section",
                                "services[2].serviceCode", "proxy.nationalId", "pickup.siteId"));
        assertThat(Db.count("select count(*) from application where service_code = ?", code)).isZero();
    }

    @Test
    void aBodyWithoutApplicantOrServicesIsRefusedAndSoIsAnUnknownEnumValue() {
        given().header("Authorization", TestTokens.bearer(citizen(), Roles.CITIZEN)).contentType(ContentType.JSON)
                .body("{\"services\":[]}").when().post("/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("channel", "applicant", "services"));
        given().header("Authorization", TestTokens.bearer(citizen(), Roles.CITIZEN)).contentType(ContentType.JSON)
                .body(Submission.of("FAX", Resident.random()).service("HR-001").json()).when().post("/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("channel"));
    }

    /** A filing once put an ID number on application-events through the free-text township. */
    @Test
    void aTownshipOutsideTheCountysListIsRefusedAndNothingIsFiled() {
        Resident resident = Resident.random();
        for (String township : List.of("A123456789", "臺東市", "Taipei")) {
            given().header("Authorization", TestTokens.bearer(citizen(), Roles.CITIZEN)).contentType(ContentType.JSON)
                    .body(Submission.of("ONLINE", resident).applicant("township", township).service("HR-001").json())
                    .when().post("/applications")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", containsInAnyOrder("applicant.township"));
        }
        assertThat(Db.count("select count(*) from outbox_event where payload like '%A123456789%'")).isZero();
    }

    @Test
    void theTownshipsAreListedWithTheirNamesInBothLanguages() {
        given().header("Authorization", TestTokens.bearer(citizen(), Roles.CITIZEN)).when().get("/townships")
                .then().statusCode(200)
                .body("size()", equalTo(17))
                .body("find { it.code == 'LANYU' }.nameZhTw", equalTo("蘭嶼鄉"))
                .body("find { it.code == 'LANYU' }.nameEn", equalTo("Lanyu Township"))
                .body("find { it.code == 'OUTSIDE_COUNTY' }.nameZhTw", equalTo("縣外"));
        given().when().get("/townships").then().statusCode(401);
    }

    @Test
    void anUnknownServiceIs404AndARetiredOne422() {
        Submission.of("ONLINE", Resident.random()).service(Catalogue.service().create()).service("QQQQ-999")
                .postAs(citizen(), Roles.CITIZEN)
                .statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404), "detail", containsString("QQQQ-999"));
        Submission.of("ONLINE", Resident.random()).service(Catalogue.service().retired().create())
                .postAs(citizen(), Roles.CITIZEN)
                .statusCode(422).body("type", equalTo("urn:smartdesk:problem:service-retired"));
    }

    @Test
    void eachRoleFilesOnlyThroughItsOwnChannels() {
        String code = Catalogue.service().create();
        Submission.of("COUNTER", Resident.random()).service(code).postAs(citizen(), Roles.CITIZEN)
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:channel-not-allowed"));
        Submission.of("ONLINE", Resident.random()).service(code).postAs("operator-1", Roles.OPERATOR)
                .statusCode(422).body("type", equalTo("urn:smartdesk:problem:channel-not-allowed"));
        Submission.of("AGENT", Resident.random()).service(code).postAs("clerk-1", Roles.CLERK)
                .statusCode(422).body("type", equalTo("urn:smartdesk:problem:channel-not-allowed"));
    }

    @Test
    void withoutATokenTheAnswerIs401AndWithTheWrongRole403() {
        String body = Submission.of("ONLINE", Resident.random()).service("HR-001").json();
        given().contentType(ContentType.JSON).body(body).when().post("/applications")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer " + TestTokens.expired("c", Roles.CITIZEN))
                .contentType(ContentType.JSON).body(body).when().post("/applications").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("analyst-1", Roles.ANALYST))
                .contentType(ContentType.JSON).body(body).when().post("/applications")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndWritesNothing() {
        String code = Catalogue.service().create();
        String citizen = citizen();
        String key = UUID.randomUUID().toString();
        Submission submission = Submission.of("MOBILE", Resident.random()).service(code);

        String first = submission.postAs(citizen, Roles.CITIZEN, key).statusCode(201).extract().asString();
        String again = submission.postAs(citizen, Roles.CITIZEN, key).statusCode(201).extract().asString();

        assertThat(again).isEqualTo(first);
        String id = JsonPath.from(first).getString("applications[0].id");
        assertThat(Db.count("select count(*) from application where service_code = ?", code)).isEqualTo(1);
        assertThat(Db.count("select count(*) from outbox_event where message_key = ?", id)).isEqualTo(1);
        Submission.of("MOBILE", Resident.random()).service(code).postAs(citizen, Roles.CITIZEN, key)
                .statusCode(422).body("type", equalTo("urn:smartdesk:problem:idempotency-key-reused"));
        assertThat(first).doesNotContain("\"nationalId\"").contains("maskedNationalId");
        assertThat(JsonPath.from(first).getString("applicant.maskedNationalId")).isNotNull().contains("*******");
    }
}
