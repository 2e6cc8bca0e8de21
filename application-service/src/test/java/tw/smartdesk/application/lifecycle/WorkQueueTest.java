package tw.smartdesk.application.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static tw.smartdesk.application.lifecycle.StoredApplications.application;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/** GET /applications: the clerk work queue. Each test filters by its own fresh service code or site. */
@QuarkusTest
class WorkQueueTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Taipei"));

    private static RequestSpecification clerk() {
        return given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK));
    }

    @Test
    void filtersByOneOrSeveralStatusesWithinAService() {
        String code = StoredServices.service().insert();
        UUID submitted = application().service(code).insert();
        UUID accepted = application().service(code).status(ApplicationStatus.ACCEPTED).insert();
        application().service(code).status(ApplicationStatus.COMPLETED).insert();

        clerk().queryParam("serviceCode", code).queryParam("status", "SUBMITTED")
                .when().get("/applications")
                .then().statusCode(200).body("items.id", contains(submitted.toString()), "total", equalTo(1));
        clerk().queryParam("serviceCode", code).queryParam("status", "SUBMITTED", "ACCEPTED")
                .when().get("/applications")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(submitted.toString(), accepted.toString()), "total", equalTo(2));
        clerk().queryParam("serviceCode", code).queryParam("status", "SUBMITTED,ACCEPTED")
                .when().get("/applications")
                .then().statusCode(200).body("total", equalTo(2));
        clerk().queryParam("serviceCode", code)
                .when().get("/applications")
                .then().statusCode(200).body("total", equalTo(3), "page", equalTo(0), "size", equalTo(20));
    }

    @Test
    void filtersBySite() {
        String site = "SITE-" + UUID.randomUUID().toString().substring(0, 8);
        UUID here = application().site(site).insert();
        application().site("SITE-ELSEWHERE").insert();

        clerk().queryParam("siteId", site).when().get("/applications")
                .then().statusCode(200).body("items.id", contains(here.toString()), "items[0].siteId", equalTo(site),
                        "total", equalTo(1), "totalExact", equalTo(true));
    }

    @Test
    void overdueMeansPastTheDueDateInTaiwanAndTheDocumentNotYetReady() {
        String code = StoredServices.service().insert();
        UUID late = application().service(code).status(ApplicationStatus.ACCEPTED).dueDate(TODAY.minusDays(1)).insert();
        UUID lateWaiting = application().service(code).status(ApplicationStatus.SUPPLEMENT_REQUESTED)
                .dueDate(TODAY.minusDays(10)).insert();
        application().service(code).status(ApplicationStatus.ACCEPTED).dueDate(TODAY).insert();
        application().service(code).status(ApplicationStatus.READY_FOR_PICKUP).dueDate(TODAY.minusDays(3)).insert();
        application().service(code).status(ApplicationStatus.REJECTED).dueDate(TODAY.minusDays(3)).insert();

        clerk().queryParam("serviceCode", code).queryParam("overdue", "true")
                .when().get("/applications")
                .then().statusCode(200)
                .body("items.id", contains(lateWaiting.toString(), late.toString()), "total", equalTo(2));
        clerk().queryParam("serviceCode", code).queryParam("overdue", "false")
                .when().get("/applications")
                .then().statusCode(200).body("total", equalTo(5));
    }

    @Test
    void pagesAreSortedByDueDateAscendingByDefaultAndNeverOverlap() {
        String code = StoredServices.service().insert();
        UUID third = application().service(code).dueDate(TODAY.plusDays(3)).insert();
        UUID first = application().service(code).dueDate(TODAY.plusDays(1)).insert();
        UUID fifth = application().service(code).dueDate(null).insert();
        UUID second = application().service(code).dueDate(TODAY.plusDays(2)).insert();
        UUID fourth = application().service(code).dueDate(TODAY.plusDays(4)).insert();

        clerk().queryParam("serviceCode", code).queryParam("size", 2)
                .when().get("/applications")
                .then().statusCode(200)
                .body("items.id", contains(first.toString(), second.toString()), "total", equalTo(5), "size", equalTo(2));
        clerk().queryParam("serviceCode", code).queryParam("size", 2).queryParam("page", 1)
                .when().get("/applications")
                .then().statusCode(200).body("items.id", contains(third.toString(), fourth.toString()), "page", equalTo(1));
        clerk().queryParam("serviceCode", code).queryParam("size", 2).queryParam("page", 2)
                .when().get("/applications")
                .then().statusCode(200).body("items.id", contains(fifth.toString()));
        clerk().queryParam("serviceCode", code).queryParam("size", 2).queryParam("page", 3)
                .when().get("/applications")
                .then().statusCode(200).body("items", empty(), "total", equalTo(5));
        clerk().queryParam("serviceCode", code).queryParam("sort", "dueDate,desc")
                .when().get("/applications")
                .then().statusCode(200).body("items.id",
                        contains(fourth.toString(), third.toString(), second.toString(), first.toString(), fifth.toString()));
    }

    @Test
    void sortsBySubmissionTimeAndByStatus() {
        String code = StoredServices.service().insert();
        Instant now = Instant.now();
        UUID older = application().service(code).status(ApplicationStatus.SUPPLEMENT_REQUESTED)
                .submittedAt(now.minus(2, ChronoUnit.DAYS)).insert();
        UUID newer = application().service(code).status(ApplicationStatus.ACCEPTED).submittedAt(now).insert();
        UUID oldest = application().service(code).status(ApplicationStatus.SUBMITTED)
                .submittedAt(now.minus(5, ChronoUnit.DAYS)).insert();

        clerk().queryParam("serviceCode", code).queryParam("sort", "submittedAt,desc")
                .when().get("/applications")
                .then().statusCode(200).body("items.id", contains(newer.toString(), older.toString(), oldest.toString()));
        clerk().queryParam("serviceCode", code).queryParam("sort", "submittedAt")
                .when().get("/applications")
                .then().statusCode(200).body("items.id", contains(oldest.toString(), older.toString(), newer.toString()));
        clerk().queryParam("serviceCode", code).queryParam("sort", "status,asc")
                .when().get("/applications")
                .then().statusCode(200).body("items.status", contains("ACCEPTED", "SUBMITTED", "SUPPLEMENT_REQUESTED"));
    }

    @Test
    void badFiltersPagingAndSortAre400NamingEachParameter() {
        clerk().queryParam("status", "LOST").when().get("/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("status"));
        clerk().queryParam("page", -1).queryParam("size", 101).queryParam("sort", "applicantRef,asc")
                .when().get("/applications")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("page", "size", "sort"));
        clerk().queryParam("sort", "dueDate,sideways").when().get("/applications")
                .then().statusCode(400).body("violations.field", contains("sort"));
        clerk().queryParam("overdue", "maybe").when().get("/applications")
                .then().statusCode(400).body("violations.field", contains("overdue"));
    }

    @Test
    void theQueueIsForClerksAndAdminsOnly() {
        given().header("Authorization", TestTokens.bearer("admin-1", Roles.ADMIN)).when().get("/applications")
                .then().statusCode(200);
        // The phone desk looks callers up (POST /applications/lookup) instead of paging the whole queue.
        given().header("Authorization", TestTokens.bearer("operator-1", Roles.OPERATOR)).when().get("/applications")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("citizen-1", Roles.CITIZEN)).when().get("/applications")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("analyst-1", Roles.ANALYST)).when().get("/applications")
                .then().statusCode(403);
        given().when().get("/applications").then().statusCode(401);
    }
}
