package tw.smartdesk.application.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static tw.smartdesk.application.lifecycle.StoredApplications.application;
import static tw.smartdesk.application.lifecycle.StoredApplications.outboxTypes;
import static tw.smartdesk.application.lifecycle.StoredApplications.statusOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.events.application.DocumentReadyForPickup;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/** POST /submissions/{submissionId}/ready: the documents of a one-stop submission, ready to be collected together. */
@QuarkusTest
class SubmissionPickupTest {

    private static final String CLERK = "clerk-" + UUID.randomUUID();

    private static ValidatableResponse ready(String token, UUID submissionId, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", token);
        }
        return request.when().post("/submissions/" + submissionId + "/ready").then();
    }

    private static String clerk() {
        return TestTokens.bearer(CLERK, Roles.CLERK);
    }

    @Test
    void everyReadyAbleApplicationIsReadyAtOneSiteWithOnePickupWindowAndOneEventEach() {
        UUID submission = UUID.randomUUID();
        String small = StoredServices.service().compartmentSize("S").pickupWindowDays(5).insert();
        String medium = StoredServices.service().compartmentSize("M").pickupWindowDays(3).insert();
        UUID accepted = application().submission(submission).service(small).status(ApplicationStatus.ACCEPTED).insert();
        UUID supplied = application().submission(submission).service(medium).status(ApplicationStatus.SUPPLEMENT_PROVIDED)
                .insert();
        UUID cancelled = application().submission(submission).status(ApplicationStatus.CANCELLED).insert();
        UUID elsewhere = application().status(ApplicationStatus.ACCEPTED).insert();

        JsonPath answer = ready(clerk(), submission, "{\"siteId\":\"TTCSC-CHENGGONG\"}").statusCode(200)
                .body("submissionId", equalTo(submission.toString()), "pickupMethod", equalTo("SMART_DESK"),
                        "siteId", equalTo("TTCSC-CHENGGONG"),
                        "applications.status", everyItem(equalTo("READY_FOR_PICKUP")),
                        "applications.siteId", everyItem(equalTo("TTCSC-CHENGGONG")))
                .extract().jsonPath();

        assertThat(answer.<String>getList("applications.id"))
                .containsExactlyInAnyOrder(accepted.toString(), supplied.toString());
        assertThat(statusOf(cancelled)).isEqualTo("CANCELLED");
        assertThat(statusOf(elsewhere)).isEqualTo("ACCEPTED");
        assertThat(outboxTypes(cancelled)).isEmpty();
        JsonPath first = readyEvent(accepted);
        JsonPath second = readyEvent(supplied);
        for (JsonPath event : List.of(first, second)) {
            assertThat(event.getString("submissionId")).isEqualTo(submission.toString());
            assertThat(event.getString("pickupMethod")).isEqualTo("SMART_DESK");
            assertThat(event.getString("siteId")).isEqualTo("TTCSC-CHENGGONG");
            assertThat(event.getString("pickupFrom")).isEqualTo(answer.getString("pickupFrom"));
            assertThat(event.getString("pickupDeadline")).isEqualTo(answer.getString("pickupDeadline"));
        }
        assertThat(first.getString("compartmentSize")).isEqualTo("S");
        assertThat(second.getString("compartmentSize")).isEqualTo("M");
        Instant from = Instant.parse(answer.getString("pickupFrom"));
        assertThat(Instant.parse(answer.getString("pickupDeadline"))).as("the shortest window of the two services")
                .isEqualTo(from.plus(3, ChronoUnit.DAYS));
        assertThat(Database.column("""
                select action || ' ' || from_status || '->' || to_status || ' via ' || channel from application_history
                where application_id in (?, ?) and action <> 'SUBMIT'
                """, accepted, supplied)).containsExactlyInAnyOrder("MARK_READY ACCEPTED->READY_FOR_PICKUP via COUNTER",
                "MARK_READY SUPPLEMENT_PROVIDED->READY_FOR_PICKUP via COUNTER");
    }

    private static JsonPath readyEvent(UUID applicationId) {
        ConsumerRecord<String, String> record = KafkaEvents.published(applicationId, 1).get(0);
        KafkaEvents.assertCloudEvent(record, applicationId, DocumentReadyForPickup.class, CLERK);
        return JsonPath.from(record.value());
    }

    @Test
    void applicationsStillInProcessingAre409NamedAndNothingChanges() {
        UUID submission = UUID.randomUUID();
        UUID accepted = application().submission(submission).status(ApplicationStatus.ACCEPTED).insert();
        UUID submitted = application().submission(submission).status(ApplicationStatus.SUBMITTED).insert();
        UUID waiting = application().submission(submission).status(ApplicationStatus.SUPPLEMENT_REQUESTED).insert();

        ready(clerk(), submission, "{\"siteId\":\"TTCSC-MAIN\"}").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:submission-not-ready"),
                        "detail", allOf(containsString(submitted + " ("), containsString("SUBMITTED"),
                                containsString(waiting + " ("), containsString("SUPPLEMENT_REQUESTED"),
                                not(containsString(accepted.toString()))));

        assertThat(statusOf(accepted)).isEqualTo("ACCEPTED");
        assertThat(outboxTypes(accepted)).isEmpty();

        UUID closed = UUID.randomUUID();
        application().submission(closed).status(ApplicationStatus.COMPLETED).insert();
        ready(clerk(), closed, "{\"siteId\":\"TTCSC-MAIN\"}").statusCode(409)
                .body("detail", containsString("closed"));
    }

    @Test
    void aCounterOnlyServiceKeepsTheWholeSubmissionAtTheCounter() {
        UUID submission = UUID.randomUUID();
        String counterOnly = StoredServices.service().counterOnly().insert();
        UUID lockerable = application().submission(submission).status(ApplicationStatus.ACCEPTED).insert();
        UUID counter = application().submission(submission).service(counterOnly).status(ApplicationStatus.ACCEPTED).insert();

        ready(clerk(), submission, "{\"pickupMethod\":\"SMART_DESK\"}").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:smart-desk-not-allowed"), "detail", containsString(counterOnly));
        assertThat(statusOf(lockerable)).isEqualTo("ACCEPTED");

        ready(clerk(), submission, "{}").statusCode(200)
                .body("pickupMethod", equalTo("COUNTER"), "siteId", equalTo("TTCSC-MAIN"),
                        "applications.pickupMethod", contains("COUNTER", "COUNTER"));
        assertThat(statusOf(counter)).isEqualTo("READY_FOR_PICKUP");
    }

    @Test
    void applicationsAtDifferentSitesNeedTheSiteNamed() {
        UUID submission = UUID.randomUUID();
        UUID main = application().submission(submission).status(ApplicationStatus.ACCEPTED).site("TTCSC-MAIN").insert();
        application().submission(submission).status(ApplicationStatus.ACCEPTED).site("TTCSC-CHENGGONG").insert();

        ready(clerk(), submission, "{}").statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("siteId"));
        ready(clerk(), submission, "{\"siteId\":\"no spaces\"}").statusCode(400).body("violations.field", contains("siteId"));
        assertThat(statusOf(main)).isEqualTo("ACCEPTED");
    }

    @Test
    void anUnknownSubmissionIs404AndOnlyClerksAndAdminsMayAsk() {
        ready(clerk(), UUID.randomUUID(), "{}").statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));

        UUID submission = UUID.randomUUID();
        String owner = "citizen-" + UUID.randomUUID();
        UUID id = application().owner(owner).submission(submission).status(ApplicationStatus.ACCEPTED).insert();
        ready(TestTokens.bearer(owner, Roles.CITIZEN), submission, "{}").statusCode(403).contentType("application/problem+json");
        ready(TestTokens.bearer("operator-1", Roles.OPERATOR), submission, "{}").statusCode(403);
        ready(TestTokens.bearer("kiosk-1", Roles.KIOSK), submission, "{}").statusCode(403);
        ready(null, submission, "{}").statusCode(401).contentType("application/problem+json");
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");

        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", TestTokens.bearer("admin-1", Roles.ADMIN)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{}").when().post("/submissions/" + submission + "/ready")
                .then().statusCode(200).extract().asString();
        String again = given().header("Authorization", TestTokens.bearer("admin-1", Roles.ADMIN)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{}").when().post("/submissions/" + submission + "/ready")
                .then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(first);
        assertThat(outboxTypes(id)).hasSize(1);
    }
}
