package tw.smartdesk.application.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static tw.smartdesk.application.lifecycle.StoredApplications.application;
import static tw.smartdesk.application.lifecycle.StoredApplications.outboxTypes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.application.SatisfactionRatedV2;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/** Satisfaction feedback: the owner rates a completed application once, and analytics hears of the score (not the comment). */
@QuarkusTest
class FeedbackTest {

    private static ValidatableResponse rate(String subject, String role, UUID id, String body) {
        return given().header("Authorization", TestTokens.bearer(subject, role))
                .contentType(ContentType.JSON).body(body)
                .when().post("/applications/" + id + "/feedback").then();
    }

    @Test
    void theOwnerRatesACompletedApplicationAndTheRatingBecomesAnEvent() {
        String owner = "citizen-" + UUID.randomUUID();
        UUID id = application().owner(owner).status(ApplicationStatus.COMPLETED).insert();

        rate(owner, Roles.CITIZEN, id, "{\"score\":5,\"comment\":\"晚上也能領件,很方便\"}")
                .statusCode(201).body("applicationId", equalTo(id.toString()), "score", equalTo(5),
                        "comment", equalTo("晚上也能領件,很方便"));

        ConsumerRecord<String, String> event = KafkaEvents.published(id, 1).get(0);
        KafkaEvents.assertCloudEvent(event, id, SatisfactionRatedV2.class, owner, "晚上也能領件", "很方便");
        assertThat(JsonPath.from(event.value()).getInt("score")).isEqualTo(5);
        assertThat(JsonPath.from(event.value()).getString("comment")).as("the comment stays in this service").isNull();
        assertThat(Database.value("select score || ' ' || comment from application_feedback where application_id = ?", id))
                .isEqualTo("5 晚上也能領件,很方便");
        assertThat(Database.column("""
                select action || ' ' || detail || ' by ' || actor_role from application_history
                where application_id = ? and action = 'FEEDBACK'
                """, id))
                .containsExactly("FEEDBACK score 5 by citizen");
        assertThat(Database.value("select status from application where id = ?", id)).isEqualTo("COMPLETED");
    }

    @Test
    void aSecondRatingIs409AndChangesNothing() {
        String owner = "citizen-" + UUID.randomUUID();
        UUID id = application().owner(owner).status(ApplicationStatus.COMPLETED).insert();
        rate(owner, Roles.CITIZEN, id, "{\"score\":2}").statusCode(201);

        rate(owner, Roles.CITIZEN, id, "{\"score\":4}").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:already-rated"));

        assertThat(Database.value("select score from application_feedback where application_id = ?", id)).isEqualTo("2");
        assertThat(outboxTypes(id)).containsExactly(EventCatalog.of(SatisfactionRatedV2.class).ceType());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerInsteadOfA409() {
        String owner = "citizen-" + UUID.randomUUID();
        UUID id = application().owner(owner).status(ApplicationStatus.COMPLETED).insert();
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", TestTokens.bearer(owner, Roles.CITIZEN)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"score\":4}")
                .when().post("/applications/" + id + "/feedback").then().statusCode(201).extract().asString();
        String again = given().header("Authorization", TestTokens.bearer(owner, Roles.CITIZEN)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"score\":4}")
                .when().post("/applications/" + id + "/feedback").then().statusCode(201).extract().asString();

        assertThat(again).isEqualTo(first);
        assertThat(outboxTypes(id)).containsExactly(EventCatalog.of(SatisfactionRatedV2.class).ceType());
    }

    @Test
    void twoRatingsAtOnceStoreOneAndTheOtherIs409() throws Exception {
        String owner = "citizen-" + UUID.randomUUID();
        UUID id = application().owner(owner).status(ApplicationStatus.COMPLETED).insert();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> rating = () -> {
                start.await();
                return rate(owner, Roles.CITIZEN, id, "{\"score\":3}").extract().statusCode();
            };
            Future<Integer> first = pool.submit(rating);
            Future<Integer> second = pool.submit(rating);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Database.count("select count(*) from application_feedback where application_id = ?", id)).isEqualTo(1);
        assertThat(outboxTypes(id)).containsExactly(EventCatalog.of(SatisfactionRatedV2.class).ceType());
    }

    @Test
    void anApplicationNotYetCompletedCannotBeRated() {
        String owner = "citizen-" + UUID.randomUUID();
        UUID id = application().owner(owner).status(ApplicationStatus.READY_FOR_PICKUP).insert();
        rate(owner, Roles.CITIZEN, id, "{\"score\":3}").statusCode(409)
                .body("type", equalTo("urn:smartdesk:problem:not-completed"));
        assertThat(Database.count("select count(*) from application_feedback where application_id = ?", id)).isZero();
    }

    @Test
    void aScoreOutsideOneToFiveOrALongCommentIs400() {
        String owner = "citizen-" + UUID.randomUUID();
        UUID id = application().owner(owner).status(ApplicationStatus.COMPLETED).insert();
        rate(owner, Roles.CITIZEN, id, "{\"score\":0}").statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("score"));
        rate(owner, Roles.CITIZEN, id, "{\"score\":6,\"comment\":\"" + "好".repeat(501) + "\"}").statusCode(400)
                .body("violations.field", containsInAnyOrder("score", "comment"));
        rate(owner, Roles.CITIZEN, id, "{}").statusCode(400).body("violations.field", containsInAnyOrder("score"));
        rate(owner, Roles.CITIZEN, id, "{\"score\":\"five\"}").statusCode(400);
        rate(owner, Roles.CITIZEN, id, "{\"score\":5,\"comment\":\"" + "好".repeat(500) + "\"}").statusCode(201);
    }

    @Test
    void onlyTheOwningResidentRates() {
        String owner = "citizen-" + UUID.randomUUID();
        UUID id = application().owner(owner).status(ApplicationStatus.COMPLETED).insert();
        rate("citizen-" + UUID.randomUUID(), Roles.CITIZEN, id, "{\"score\":1}").statusCode(404)
                .contentType("application/problem+json");
        rate("clerk-1", Roles.CLERK, id, "{\"score\":1}").statusCode(403);
        given().contentType(ContentType.JSON).body("{\"score\":1}").when().post("/applications/" + id + "/feedback")
                .then().statusCode(401);
        assertThat(Database.count("select count(*) from application_feedback where application_id = ?", id)).isZero();
    }
}
