package tw.smartdesk.application.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static tw.smartdesk.application.lifecycle.StoredApplications.application;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.events.locker.CompartmentSize;
import tw.smartdesk.events.locker.LockerCapacityExhausted;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * A resident's own list, one application, and its timeline: the owner and staff see it, nobody else.
 * Each step records its own channel; staff's notes stay in the timeline, never on Kafka, until erasure.
 */
@QuarkusTest
class TimelineTest {

    @Test
    void mineListsOnlyTheCallersApplicationsNewestFirst() {
        String owner = "citizen-" + UUID.randomUUID();
        Instant now = Instant.now();
        UUID older = application().owner(owner).submittedAt(now.minus(3, ChronoUnit.DAYS)).insert();
        UUID newer = application().owner(owner).submittedAt(now).insert();
        application().insert();

        given().header("Authorization", TestTokens.bearer(owner, Roles.CITIZEN))
                .when().get("/applications/mine")
                .then().statusCode(200)
                .body("items.id", contains(newer.toString(), older.toString()), "total", equalTo(2), "page", equalTo(0));
        given().header("Authorization", TestTokens.bearer(owner, Roles.CITIZEN)).queryParam("size", 1).queryParam("page", 1)
                .when().get("/applications/mine")
                .then().statusCode(200).body("items.id", contains(older.toString()), "total", equalTo(2));
        given().header("Authorization", TestTokens.bearer("citizen-" + UUID.randomUUID(), Roles.CITIZEN))
                .when().get("/applications/mine")
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK))
                .when().get("/applications/mine").then().statusCode(403);
    }

    @Test
    void theTimelineShowsEveryStepByRoleToTheOwnerAndTheActorToClerks() {
        String owner = "citizen-" + UUID.randomUUID();
        String clerk = "clerk-" + UUID.randomUUID();
        UUID id = application().owner(owner).insert();
        given().header("Authorization", TestTokens.bearer(clerk, Roles.CLERK))
                .when().post("/applications/" + id + "/accept").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(clerk, Roles.CLERK)).contentType("application/json")
                .body("{\"documentCodes\":[\"LAND_DEED_COPY\"]}")
                .when().post("/applications/" + id + "/request-supplement").then().statusCode(200);

        given().header("Authorization", TestTokens.bearer(owner, Roles.CITIZEN))
                .when().get("/applications/" + id + "/timeline")
                .then().statusCode(200)
                .body("action", contains("SUBMIT", "ACCEPT", "REQUEST_SUPPLEMENT"),
                        "toStatus", contains("SUBMITTED", "ACCEPTED", "SUPPLEMENT_REQUESTED"),
                        "fromStatus[1]", equalTo("SUBMITTED"),
                        "actorRole", contains("CITIZEN", "CLERK", "CLERK"),
                        "channel", contains("ONLINE", "COUNTER", "COUNTER"),
                        "at", everyItem(notNullValue()),
                        "[2].detail", equalTo("LAND_DEED_COPY"),
                        "$", everyItem(not(hasKey("actorSubject"))));
        given().header("Authorization", TestTokens.bearer("operator-1", Roles.OPERATOR))
                .when().get("/applications/" + id + "/timeline")
                .then().statusCode(200).body("$", everyItem(not(hasKey("actorSubject"))));
        given().header("Authorization", TestTokens.bearer("clerk-2", Roles.CLERK))
                .when().get("/applications/" + id + "/timeline")
                .then().statusCode(200).body("actorSubject", contains(owner, clerk, clerk));
        given().header("Authorization", TestTokens.bearer("admin-1", Roles.ADMIN))
                .when().get("/applications/" + id + "/timeline")
                .then().statusCode(200).body("actorSubject", contains(owner, clerk, clerk));
    }

    @Test
    void eachStepRecordsItsOwnChannel() {
        String owner = "citizen-" + UUID.randomUUID();
        String clerk = TestTokens.bearer("clerk-" + UUID.randomUUID(), Roles.CLERK);
        UUID id = application().owner(owner).channel("MOBILE").insert();
        post(TestTokens.bearer("admin-" + UUID.randomUUID(), Roles.ADMIN), id, "accept", null);
        post(clerk, id, "request-supplement", "{\"documentCodes\":[\"ID_CARD\"]}");
        post(TestTokens.bearer(owner, Roles.CITIZEN), id, "supplement", "{\"documentCodes\":[\"ID_CARD\"]}");
        post(clerk, id, "request-supplement", "{\"documentCodes\":[\"ID_CARD\"]}");
        post(clerk, id, "supplement", "{\"documentCodes\":[\"ID_CARD\"]}");
        post(clerk, id, "ready", "{\"pickupMethod\":\"SMART_DESK\",\"siteId\":\"TTCSC-MAIN\"}");
        KafkaEvents.publish(new LockerCapacityExhausted(UUID.randomUUID(), Instant.now(), id, "TTCSC-MAIN", CompartmentSize.S));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "COUNTER".equals(StoredApplications.pickupMethodOf(id)));
        UUID byPhone = application().channel("ONLINE").insert();
        post(TestTokens.bearer("operator-" + UUID.randomUUID(), Roles.OPERATOR), byPhone, "cancel", "{\"reason\":\"DUPLICATE\"}");

        JsonPath timeline = given().header("Authorization", TestTokens.bearer(owner, Roles.CITIZEN))
                .when().get("/applications/" + id + "/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(timeline.<String>getList("action")).containsExactly("SUBMIT", "ACCEPT", "REQUEST_SUPPLEMENT",
                "PROVIDE_SUPPLEMENT", "REQUEST_SUPPLEMENT", "PROVIDE_SUPPLEMENT", "MARK_READY", "PICKUP_METHOD_CHANGED");
        assertThat(timeline.<String>getList("channel")).as("filed in the app; an admin's step has no channel; clerks at the"
                + " counter; the resident in the app; the system none").containsExactly("MOBILE", null, "COUNTER", "MOBILE",
                "COUNTER", "COUNTER", "COUNTER", null);
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK))
                .when().get("/applications/" + byPhone + "/timeline").then().statusCode(200)
                .body("action", contains("SUBMIT", "CANCEL"), "channel", contains("ONLINE", "PHONE"));
    }

    @Test
    void staffNotesReachTheResidentInTheTimelineAndErasureClearsThem() {
        Filings filing = Filings.filing();
        JsonPath filed = filing.file();
        UUID id = UUID.fromString(filed.getString("applications[0].id"));
        String clerk = TestTokens.bearer("clerk-" + UUID.randomUUID(), Roles.CLERK);
        String note = "請" + filing.name + "攜帶戶口名簿";
        post(clerk, id, "accept", null);
        post(clerk, id, "request-supplement", "{\"documentCodes\":[\"ID_CARD\"],\"note\":\"" + note + "\"}");
        post(clerk, id, "reject", "{\"reason\":\"DOCUMENTS_INSUFFICIENT\",\"note\":\"" + filing.name + "未補件\"}");

        given().header("Authorization", TestTokens.bearer(filing.owner(), Roles.CITIZEN))
                .when().get("/applications/" + id + "/timeline").then().statusCode(200)
                .body("action", contains("SUBMIT", "ACCEPT", "REQUEST_SUPPLEMENT", "REJECT"),
                        "[2].note", equalTo(note), "[3].note", equalTo(filing.name + "未補件"));
        for (ConsumerRecord<String, String> event : KafkaEvents.published(id, 4)) {
            assertThat(event.value()).doesNotContain(filing.name, "攜帶戶口名簿", "\"note\"");
        }

        given().header("Authorization", TestTokens.bearer("admin-" + UUID.randomUUID(), Roles.ADMIN))
                .when().delete("/applicants/" + StoredApplications.applicantRefOf(id)).then().statusCode(204);

        assertThat(Database.count("select count(*) from application_history where application_id = ? and note is not null", id))
                .isZero();
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK))
                .when().get("/applications/" + id + "/timeline").then().statusCode(200)
                .body("action", contains("SUBMIT", "ACCEPT", "REQUEST_SUPPLEMENT", "REJECT", "ERASED"),
                        "$", everyItem(not(hasKey("note"))), "[2].detail", equalTo("ID_CARD"));
    }

    private static void post(String token, UUID id, String step, String body) {
        var request = given().header("Authorization", token);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        request.when().post("/applications/" + id + "/" + step).then().statusCode(200);
    }

    @Test
    void toAnotherResidentTheApplicationAndItsTimelineDoNotExist() {
        String owner = "citizen-" + UUID.randomUUID();
        UUID id = application().owner(owner).status(ApplicationStatus.ACCEPTED).insert();
        String stranger = TestTokens.bearer("citizen-" + UUID.randomUUID(), Roles.CITIZEN);

        given().header("Authorization", stranger).when().get("/applications/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", stranger).when().get("/applications/" + id + "/timeline")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(owner, Roles.CITIZEN)).when().get("/applications/" + id)
                .then().statusCode(200).body("id", equalTo(id.toString()), "status", equalTo("ACCEPTED"),
                        "pickupMethod", equalTo("SMART_DESK"), "dueDate", notNullValue());
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK))
                .when().get("/applications/" + UUID.randomUUID() + "/timeline").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("analyst-1", Roles.ANALYST))
                .when().get("/applications/" + id + "/timeline").then().statusCode(403);
    }
}
