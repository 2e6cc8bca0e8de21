package tw.smartdesk.application.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static tw.smartdesk.application.lifecycle.StoredApplications.application;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/** A resident's own list, one application, and its timeline: the owner and staff see it, nobody else. */
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
                        "channel", everyItem(equalTo("ONLINE")),
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
