package tw.smartdesk.application.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/** Admins add, change and retire services; every change is a version and the old ones stay readable. */
@QuarkusTest
class CatalogueAdministrationTest {

    private static String admin() {
        return "admin-" + UUID.randomUUID();
    }

    private static RequestSpecification as(String subject, String role) {
        return given().header("Authorization", TestTokens.bearer(subject, role)).contentType(ContentType.JSON);
    }

    private static String create(ServiceRequests service) {
        return as(admin(), Roles.ADMIN).body(service.body()).when().post("/services")
                .then().statusCode(201).extract().path("code");
    }

    @Test
    void anAdminAddsAServiceAsVersion1AndEveryoneCanReadIt() {
        String admin = admin();
        ServiceRequests service = ServiceRequests.service().with("compartmentSize", "L").with("pickupWindowDays", 7);

        as(admin, Roles.ADMIN).body(service.body()).when().post("/services")
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("code", equalTo(service.code()), "version", equalTo(1), "current", equalTo(true),
                        "retired", equalTo(false), "compartmentSize", equalTo("L"), "pickupWindowDays", equalTo(7),
                        "requiredFields[0].name", equalTo("section"), "changedBy", equalTo(admin), "changedAt", notNullValue());

        as("citizen-" + UUID.randomUUID(), Roles.CITIZEN).when().get("/services/" + service.code())
                .then().statusCode(200).body("nameZh", equalTo("測試謄本 " + service.code()), "version", equalTo(1));
        as("kiosk-1", Roles.KIOSK).queryParam("department", service.department()).when().get("/services")
                .then().statusCode(200).body("total", equalTo(1), "items[0].code", equalTo(service.code()));
        assertThat(CatalogueRows.versions(service.code())).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("changed_by", admin).containsEntry("current", true));
    }

    @Test
    void anExistingCodeCannotBeAddedAgain() {
        ServiceRequests service = ServiceRequests.service();
        create(service);

        as(admin(), Roles.ADMIN).body(service.with("nameEn", "Another").body()).when().post("/services")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:service-exists"));
        as(admin(), Roles.ADMIN).body(ServiceRequests.service().with("code", "HR-001").body()).when().post("/services")
                .then().statusCode(409).body("type", equalTo("urn:smartdesk:problem:service-exists"));
        assertThat(CatalogueRows.versions(service.code())).hasSize(1);
    }

    @Test
    void anInvalidServiceIsA400ListingEveryViolationAndNothingIsStored() {
        Map<String, Object> body = ServiceRequests.service()
                .with("code", "land-1").with("nameZh", " ").without("nameEn").with("feeNtd", -1).with("processingDays", 400)
                .with("compartmentSize", "XL").with("pickupWindowDays", 0).without("smartDeskPickup")
                .with("requiredFields", List.of(Map.of("name", "Lot Number", "label", "地號", "pattern", "([0-9]", "required", true)))
                .with("requiredDocuments", List.of(Map.of("code", "id card", "label", "")))
                .body();

        as(admin(), Roles.ADMIN).body(body).when().post("/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:validation"),
                        "violations.field", containsInAnyOrder("code", "nameZh", "nameEn", "feeNtd", "processingDays",
                                "compartmentSize", "pickupWindowDays", "smartDeskPickup", "requiredFields[0].name",
                                "requiredFields[0].pattern", "requiredDocuments[0].code", "requiredDocuments[0].label"));
        as(admin(), Roles.ADMIN).body(ServiceRequests.service().without("code").body()).when().post("/services")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("code"));
        assertThat(CatalogueRows.count("select count(*) from service_definition where code = 'land-1'")).isZero();
    }

    @Test
    void aChangeAddsTheNextVersionAndTheOldVersionStaysReadable() {
        ServiceRequests service = ServiceRequests.service();
        String creator = admin();
        String changer = admin();
        String code = as(creator, Roles.ADMIN).body(service.body()).when().post("/services")
                .then().statusCode(201).extract().path("code");

        as(changer, Roles.ADMIN).body(service.with("feeNtd", 40).without("code").body()).when().put("/services/" + code)
                .then().statusCode(200).body("version", equalTo(2), "feeNtd", equalTo(40), "current", equalTo(true), "changedBy", equalTo(changer));

        as("clerk-1", Roles.CLERK).when().get("/services/" + code)
                .then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2), "feeNtd", equalTo(40));
        as("clerk-1", Roles.CLERK).when().get("/services/" + code + "/versions/1")
                .then().statusCode(200).body("version", equalTo(1), "feeNtd", equalTo(20), "current", equalTo(false));
        assertThat(CatalogueRows.versions(code))
                .extracting(row -> row.get("version"), row -> row.get("current"), row -> row.get("fee_ntd"), row -> row.get("changed_by"))
                .containsExactly(tuple(1, false, 20, creator), tuple(2, true, 40, changer));
    }

    @Test
    void aChangeBasedOnAnOutdatedVersionIsAConflict() {
        ServiceRequests service = ServiceRequests.service();
        String code = create(service);
        as(admin(), Roles.ADMIN).body(service.with("feeNtd", 30).body()).when().put("/services/" + code).then().statusCode(200);

        as(admin(), Roles.ADMIN).header("If-Match", "\"1\"").body(service.with("feeNtd", 50).body()).when().put("/services/" + code)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:service-version-mismatch"));
        as(admin(), Roles.ADMIN).header("If-Match", "\"2\"").body(service.with("feeNtd", 50).body()).when().put("/services/" + code)
                .then().statusCode(200).body("version", equalTo(3), "feeNtd", equalTo(50));
        as(admin(), Roles.ADMIN).header("If-Match", "latest").body(service.body()).when().put("/services/" + code)
                .then().statusCode(400).body("violations.field", containsInAnyOrder("If-Match"));
    }

    @Test
    void adminsChangingAServiceAtOnceNeverCreateTwoVersionsWithOneNumber() throws Exception {
        ServiceRequests service = ServiceRequests.service();
        String code = create(service);
        int admins = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(admins);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < admins; i++) {
                Map<String, Object> body = service.with("feeNtd", 100 + i).body();
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(admin(), Roles.ADMIN).body(body).when().put("/services/" + code);
                }));
            }
            start.countDown();
            List<Integer> won = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(30, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.asString()).isIn(200, 409);
                if (response.statusCode() == 200) {
                    won.add(response.jsonPath().getInt("version"));
                } else {
                    assertThat(response.jsonPath().getString("type")).isEqualTo("urn:smartdesk:problem:concurrent-change");
                }
            }
            List<Map<String, Object>> versions = CatalogueRows.versions(code);
            assertThat(won).doesNotHaveDuplicates().isNotEmpty();
            assertThat(versions).extracting(row -> row.get("version"))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 1 + won.size()).boxed().toList());
            assertThat(versions).filteredOn(row -> (Boolean) row.get("current")).singleElement()
                    .satisfies(row -> assertThat(row.get("version")).isEqualTo(1 + won.size()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetiredServiceIsHiddenFromTheListCannotBeFiledAndKeepsItsVersions() {
        ServiceRequests service = ServiceRequests.service();
        String code = create(service);
        String retirer = admin();

        as(retirer, Roles.ADMIN).when().post("/services/" + code + "/retire")
                .then().statusCode(200).body("version", equalTo(2), "retired", equalTo(true), "changedBy", equalTo(retirer));

        as("citizen-1", Roles.CITIZEN).queryParam("department", service.department()).when().get("/services")
                .then().statusCode(200).body("total", equalTo(0));
        as("citizen-1", Roles.CITIZEN).queryParam("department", service.department()).queryParam("includeRetired", "true")
                .when().get("/services")
                .then().statusCode(200).body("total", equalTo(1), "items[0].retired", equalTo(true));
        as("citizen-1", Roles.CITIZEN).when().get("/services/" + code).then().statusCode(200).body("retired", equalTo(true));
        as("citizen-1", Roles.CITIZEN).when().get("/services/" + code + "/versions/1").then().statusCode(200).body("retired", equalTo(false));

        as("citizen-" + UUID.randomUUID(), Roles.CITIZEN).body(Filing.body(code)).when().post("/applications")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:service-retired"));
        as(admin(), Roles.ADMIN).when().post("/services/" + code + "/retire")
                .then().statusCode(409).body("type", equalTo("urn:smartdesk:problem:service-retired"));
        as(admin(), Roles.ADMIN).body(service.body()).when().put("/services/" + code)
                .then().statusCode(409).body("type", equalTo("urn:smartdesk:problem:service-retired"));
        assertThat(CatalogueRows.versions(code)).hasSize(2);
    }

    @Test
    void aServiceThatIsOfferedCanBeFiled() {
        String code = create(ServiceRequests.service());

        as("citizen-" + UUID.randomUUID(), Roles.CITIZEN).body(Filing.body(code)).when().post("/applications")
                .then().statusCode(201);
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyGetsTheFirstAnswerAndStoresOneVersion() {
        String admin = admin();
        String key = UUID.randomUUID().toString();
        ServiceRequests service = ServiceRequests.service();

        String first = as(admin, Roles.ADMIN).header("Idempotency-Key", key).body(service.body()).when().post("/services")
                .then().statusCode(201).extract().asString();
        String again = as(admin, Roles.ADMIN).header("Idempotency-Key", key).body(service.body()).when().post("/services")
                .then().statusCode(201).extract().asString();

        assertThat(again).isEqualTo(first);
        assertThat(CatalogueRows.versions(service.code())).hasSize(1);
        as(admin, Roles.ADMIN).header("Idempotency-Key", key).body(service.with("feeNtd", 99).body()).when().post("/services")
                .then().statusCode(422).body("type", equalTo("urn:smartdesk:problem:idempotency-key-reused"));
    }

    @Test
    void changingTheCodeOrAnUnknownServiceIsRefused() {
        ServiceRequests service = ServiceRequests.service();
        String code = create(service);

        as(admin(), Roles.ADMIN).body(service.with("code", "HR-001").body()).when().put("/services/" + code)
                .then().statusCode(400).body("violations.field", containsInAnyOrder("code"));
        as(admin(), Roles.ADMIN).body(service.without("code").body()).when().put("/services/YZZZ-000")
                .then().statusCode(404).contentType("application/problem+json");
        as(admin(), Roles.ADMIN).when().post("/services/YZZZ-000/retire").then().statusCode(404);
    }

    @Test
    void onlyAdminsChangeTheCatalogueAndOnlyWithAToken() {
        ServiceRequests service = ServiceRequests.service();
        String code = create(service);

        for (String role : List.of(Roles.CITIZEN, Roles.CLERK, Roles.OPERATOR, Roles.KIOSK, Roles.ANALYST)) {
            as(role + "-1", role).body(ServiceRequests.service().body()).when().post("/services")
                    .then().statusCode(403).contentType("application/problem+json");
            as(role + "-1", role).body(service.body()).when().put("/services/" + code).then().statusCode(403);
            as(role + "-1", role).when().post("/services/" + code + "/retire").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(ServiceRequests.service().body()).when().post("/services")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().when().post("/services/" + code + "/retire").then().statusCode(401);
        assertThat(CatalogueRows.versions(code)).hasSize(1);
    }
}
