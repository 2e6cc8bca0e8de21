package tw.smartdesk.application.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static tw.smartdesk.application.lifecycle.StoredApplications.application;
import static tw.smartdesk.application.lifecycle.StoredApplications.outboxTypes;
import static tw.smartdesk.application.lifecycle.StoredApplications.statusOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.application.ApplicationAccepted;
import tw.smartdesk.events.application.ApplicationCancelled;
import tw.smartdesk.events.application.ApplicationCompleted;
import tw.smartdesk.events.application.ApplicationRejectedV2;
import tw.smartdesk.events.application.DocumentReadyForPickup;
import tw.smartdesk.events.application.SupplementProvided;
import tw.smartdesk.events.application.SupplementRequestedV2;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/** The clerk workflow over HTTP against the real database and broker. */
@QuarkusTest
class ApplicationWorkflowTest {

    private static final String CLERK = "clerk-" + UUID.randomUUID();

    private static ValidatableResponse post(String token, UUID id, String step, String body) {
        var request = given().header("Authorization", token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post("/applications/" + id + "/" + step).then();
    }

    private static String clerk() {
        return TestTokens.bearer(CLERK, Roles.CLERK);
    }

    private static String citizen(String subject) {
        return TestTokens.bearer(subject, Roles.CITIZEN);
    }

    @Test
    void theWholeWayFromSubmittedToCompletedPublishesOneCloudEventPerStepWithoutPersonalData() {
        String owner = "citizen-" + UUID.randomUUID();
        LocalDate due = LocalDate.now().plusDays(7);
        UUID id = application().owner(owner).dueDate(due).site("TTCSC-MAIN").insert();

        post(clerk(), id, "accept", null).statusCode(200).body("status", equalTo("ACCEPTED"));
        post(clerk(), id, "request-supplement", "{\"documentCodes\":[\"HOUSEHOLD_TRANSCRIPT\",\"HOUSEHOLD_TRANSCRIPT\"],\"note\":\"請補件\"}")
                .statusCode(200).body("status", equalTo("SUPPLEMENT_REQUESTED"));
        post(citizen(owner), id, "supplement", "{\"documentCodes\":[\"HOUSEHOLD_TRANSCRIPT\"]}")
                .statusCode(200).body("status", equalTo("SUPPLEMENT_PROVIDED"));
        post(clerk(), id, "ready", "{\"pickupMethod\":\"COUNTER\",\"siteId\":\"TTCSC-CHENGGONG\"}")
                .statusCode(200).body("status", equalTo("READY_FOR_PICKUP"), "pickupMethod", equalTo("COUNTER"),
                        "siteId", equalTo("TTCSC-CHENGGONG"));
        post(clerk(), id, "complete", null).statusCode(200).body("status", equalTo("COMPLETED"));

        List<ConsumerRecord<String, String>> events = KafkaEvents.published(id, 5);
        KafkaEvents.assertCloudEvent(events.get(0), id, ApplicationAccepted.class, owner, CLERK);
        KafkaEvents.assertCloudEvent(events.get(1), id, SupplementRequestedV2.class, owner, CLERK);
        KafkaEvents.assertCloudEvent(events.get(2), id, SupplementProvided.class, owner, CLERK);
        KafkaEvents.assertCloudEvent(events.get(3), id, DocumentReadyForPickup.class, owner, CLERK);
        KafkaEvents.assertCloudEvent(events.get(4), id, ApplicationCompleted.class, owner, CLERK);
        JsonPath accepted = JsonPath.from(events.get(0).value());
        assertThat(accepted.getString("expectedReadyOn")).isEqualTo(due.toString());
        assertThat(accepted.getString("actorRole")).isEqualTo("CLERK");
        JsonPath requested = JsonPath.from(events.get(1).value());
        assertThat(requested.getList("documentCodes")).containsExactly("HOUSEHOLD_TRANSCRIPT");
        assertThat(requested.getString("note")).as("free text stays in this service").isNull();
        assertThat(events.get(1).value()).doesNotContain("請補件");
        assertThat(Database.value("select note from application_history where application_id = ? and action = 'REQUEST_SUPPLEMENT'",
                id)).isEqualTo("請補件");
        assertThat(Instant.parse(requested.getString("dueBy"))).isAfter(Instant.now().plus(7, ChronoUnit.DAYS));
        assertThat(JsonPath.from(events.get(2).value()).getString("channel")).isEqualTo("ONLINE");
        JsonPath ready = JsonPath.from(events.get(3).value());
        assertThat(ready.getString("pickupMethod")).isEqualTo("COUNTER");
        assertThat(ready.getString("compartmentSize")).isNull();
        JsonPath completed = JsonPath.from(events.get(4).value());
        assertThat(completed.getString("pickupMethod")).isEqualTo("COUNTER");
        assertThat(completed.getString("siteId")).isEqualTo("TTCSC-CHENGGONG");
        assertThat(Database.column("select action from application_history where application_id = ? order by id", id))
                .containsExactly("SUBMIT", "ACCEPT", "REQUEST_SUPPLEMENT", "PROVIDE_SUPPLEMENT", "MARK_READY", "COMPLETE");
        assertThat(Database.column("""
                select actor_subject || '/' || actor_role from application_history
                where application_id = ? and action = 'PROVIDE_SUPPLEMENT'
                """, id))
                .containsExactly(owner + "/citizen");
    }

    @Test
    void readyForTheSmartDeskCarriesTheCompartmentSizeAndThePickupWindowOfTheCatalogue() {
        String code = StoredServices.service().pickupWindowDays(4).compartmentSize("L").insert();
        UUID id = application().service(code).status(ApplicationStatus.ACCEPTED).insert();

        Instant before = Instant.now();
        post(clerk(), id, "ready", "{\"siteId\":\"TTCSC-MAIN\"}")
                .statusCode(200).body("status", equalTo("READY_FOR_PICKUP"), "pickupMethod", equalTo("SMART_DESK"));

        ConsumerRecord<String, String> event = KafkaEvents.published(id, 1).get(0);
        KafkaEvents.assertCloudEvent(event, id, DocumentReadyForPickup.class, CLERK);
        JsonPath ready = JsonPath.from(event.value());
        assertThat(ready.getString("compartmentSize")).isEqualTo("L");
        assertThat(ready.getString("siteId")).isEqualTo("TTCSC-MAIN");
        assertThat(ready.getString("applicantRef")).startsWith("APL-");
        Instant from = Instant.parse(ready.getString("pickupFrom"));
        assertThat(from).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(Instant.parse(ready.getString("pickupDeadline"))).isEqualTo(from.plus(4, ChronoUnit.DAYS));
        assertThat(Database.value("select compartment_size from application where id = ?", id)).isEqualTo("L");
    }

    @Test
    void aCounterOnlyServiceIsReadyAtTheCounterAndRefusesTheSmartDesk() {
        String code = StoredServices.service().counterOnly().insert();
        UUID refused = application().service(code).status(ApplicationStatus.ACCEPTED).insert();
        post(clerk(), refused, "ready", "{\"pickupMethod\":\"SMART_DESK\",\"siteId\":\"TTCSC-MAIN\"}")
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:smart-desk-not-allowed"));
        assertThat(statusOf(refused)).isEqualTo("ACCEPTED");

        UUID id = application().service(code).status(ApplicationStatus.ACCEPTED).insert();
        post(clerk(), id, "ready", "{}").statusCode(200).body("pickupMethod", equalTo("COUNTER"), "siteId", equalTo("TTCSC-MAIN"));
    }

    @Test
    void readyWithoutAnySiteIsA400() {
        UUID id = application().site(null).status(ApplicationStatus.ACCEPTED).insert();
        post(clerk(), id, "ready", "{}").statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("siteId"));
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void aSmartDeskDocumentCannotBeCompletedAtTheCounter() {
        UUID id = application().status(ApplicationStatus.READY_FOR_PICKUP).pickupMethod("SMART_DESK").insert();
        post(clerk(), id, "complete", null).statusCode(409)
                .body("type", equalTo("urn:smartdesk:problem:pickup-at-smart-desk"));
        assertThat(statusOf(id)).isEqualTo("READY_FOR_PICKUP");
    }

    @Test
    void anIllegalTransitionIs409NamingTheAllowedActionsAndChangesNothing() {
        UUID id = application().status(ApplicationStatus.ACCEPTED).insert();
        post(clerk(), id, "accept", null).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:illegal-transition"),
                        "detail", allOf(containsString("MARK_READY"), containsString("REJECT"), containsString("REQUEST_SUPPLEMENT")));
        post(clerk(), id, "supplement", "{\"documentCodes\":[\"ID_CARD_COPY\"]}").statusCode(409)
                .body("detail", containsString("allowed"));
        UUID done = application().status(ApplicationStatus.COMPLETED).insert();
        post(clerk(), done, "reject", "{\"reason\":\"OTHER\"}").statusCode(409)
                .body("detail", containsString("final status"));
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
        assertThat(outboxTypes(id)).isEmpty();
    }

    @Test
    void aStepRepeatedWithTheSameIdempotencyKeyGetsTheFirstAnswerAndHappensOnce() {
        UUID id = application().insert();
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", clerk()).header("Idempotency-Key", key)
                .when().post("/applications/" + id + "/accept").then().statusCode(200).extract().asString();
        String again = given().header("Authorization", clerk()).header("Idempotency-Key", key)
                .when().post("/applications/" + id + "/accept").then().statusCode(200).extract().asString();

        assertThat(again).isEqualTo(first);
        assertThat(outboxTypes(id)).containsExactly(EventCatalog.of(ApplicationAccepted.class).ceType());
        post(clerk(), id, "accept", null).statusCode(409);
        given().header("Authorization", clerk()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"reason\":\"OTHER\"}").when().post("/applications/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void rejectionCarriesTheReasonWhileTheNoteStaysInTheTimeline() {
        String owner = "citizen-" + UUID.randomUUID();
        UUID id = application().owner(owner).status(ApplicationStatus.SUPPLEMENT_REQUESTED).insert();
        post(clerk(), id, "reject", "{\"reason\":\"SUPPLEMENT_OVERDUE\",\"note\":\"陳先生逾期未補件\"}")
                .statusCode(200).body("status", equalTo("REJECTED"));
        ConsumerRecord<String, String> event = KafkaEvents.published(id, 1).get(0);
        KafkaEvents.assertCloudEvent(event, id, ApplicationRejectedV2.class, "陳先生逾期未補件", "陳先生");
        JsonPath rejected = JsonPath.from(event.value());
        assertThat(rejected.getString("reason")).isEqualTo("SUPPLEMENT_OVERDUE");
        assertThat(rejected.getString("note")).isNull();
        assertThat(outboxTypes(id)).containsExactly(EventCatalog.of(ApplicationRejectedV2.class).ceType());
        given().header("Authorization", citizen(owner)).when().get("/applications/" + id + "/timeline")
                .then().statusCode(200).body("action", contains("SUBMIT", "REJECT"), "[1].note", equalTo("陳先生逾期未補件"),
                        "[1].detail", equalTo("SUPPLEMENT_OVERDUE"));
    }

    @Test
    void badBodiesAre400WithEveryViolation() {
        UUID id = application().status(ApplicationStatus.ACCEPTED).insert();
        post(clerk(), id, "reject", "{\"reason\":\"BORED\"}").statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("reason"));
        post(clerk(), id, "reject", "{}").statusCode(400).body("violations.field", containsInAnyOrder("reason"));
        post(clerk(), id, "request-supplement", "{\"documentCodes\":[],\"note\":\"" + "x".repeat(501)
                + "\",\"dueBy\":\"2020-01-01T00:00:00Z\"}")
                .statusCode(400).body("violations.field", containsInAnyOrder("documentCodes", "note", "dueBy"));
        post(clerk(), id, "request-supplement", "{\"documentCodes\":[\"lower case\"]}")
                .statusCode(400).body("violations[0].field", containsString("documentCodes"));
        post(clerk(), id, "ready", "{\"siteId\":\"no spaces please\"}").statusCode(400)
                .body("violations.field", containsInAnyOrder("siteId"));
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void theOwnerCancelsBeforeAcceptanceAndAnOperatorOnTheirBehalf() {
        String owner = "citizen-" + UUID.randomUUID();
        UUID own = application().owner(owner).insert();
        post(citizen(owner), own, "cancel", "{\"reason\":\"APPLICANT_REQUEST\"}").statusCode(200)
                .body("status", equalTo("CANCELLED"));
        ConsumerRecord<String, String> event = KafkaEvents.published(own, 1).get(0);
        KafkaEvents.assertCloudEvent(event, own, ApplicationCancelled.class, owner);
        assertThat(JsonPath.from(event.value()).getString("cancelledBy")).isEqualTo("CITIZEN");

        UUID byPhone = application().channel("PHONE").insert();
        post(TestTokens.bearer("operator-" + UUID.randomUUID(), Roles.OPERATOR), byPhone, "cancel", "{\"reason\":\"DUPLICATE\"}")
                .statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(JsonPath.from(KafkaEvents.published(byPhone, 1).get(0).value()).getString("cancelledBy"))
                .isEqualTo("OPERATOR");

        UUID accepted = application().owner(owner).status(ApplicationStatus.ACCEPTED).insert();
        post(citizen(owner), accepted, "cancel", "{\"reason\":\"APPLICANT_REQUEST\"}").statusCode(409)
                .body("type", equalTo("urn:smartdesk:problem:illegal-transition"));
    }

    @Test
    void anotherResidentsApplicationDoesNotExistForACitizen() {
        UUID id = application().status(ApplicationStatus.SUPPLEMENT_REQUESTED).insert();
        String stranger = citizen("citizen-" + UUID.randomUUID());
        post(stranger, id, "supplement", "{\"documentCodes\":[\"ID_CARD_COPY\"]}").statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        UUID submitted = application().insert();
        post(stranger, submitted, "cancel", "{\"reason\":\"APPLICANT_REQUEST\"}").statusCode(404);
        post(clerk(), UUID.randomUUID(), "accept", null).statusCode(404);
        assertThat(statusOf(id)).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(statusOf(submitted)).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyClerksAndAdminsTakeClerkSteps() {
        String owner = "citizen-" + UUID.randomUUID();
        UUID id = application().owner(owner).insert();
        for (String step : List.of("accept", "request-supplement", "reject", "ready", "complete")) {
            post(citizen(owner), id, step, "{}").statusCode(403).contentType("application/problem+json");
            post(TestTokens.bearer("operator-1", Roles.OPERATOR), id, step, "{}").statusCode(403);
            post(TestTokens.bearer("kiosk-1", Roles.KIOSK), id, step, "{}").statusCode(403);
            given().contentType(ContentType.JSON).body("{}").when().post("/applications/" + id + "/" + step)
                    .then().statusCode(401).contentType("application/problem+json");
        }
        post(TestTokens.bearer("analyst-1", Roles.ANALYST), id, "cancel", "{\"reason\":\"OTHER\"}").statusCode(403);
        post(TestTokens.bearer("operator-1", Roles.OPERATOR), id, "supplement", "{\"documentCodes\":[\"ID_CARD_COPY\"]}")
                .statusCode(403);
        post(TestTokens.bearer("admin-1", Roles.ADMIN), id, "accept", null).statusCode(200);
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
    }
}
