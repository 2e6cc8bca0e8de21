package tw.smartdesk.application.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static tw.smartdesk.application.lifecycle.StoredApplications.application;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/** The work queue counts up to a limit (here 3): past it the total is a lower bound and says so; paging goes on. */
@QuarkusTest
@TestProfile(WorkQueueCountLimitTest.CountLimitOfThree.class)
class WorkQueueCountLimitTest {

    public static class CountLimitOfThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("smartdesk.application.work-queue-count-limit", "3");
        }
    }

    private static RequestSpecification clerk() {
        return given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK));
    }

    @Test
    void pastTheLimitTheTotalIsALowerBoundAndEveryPageIsStillThere() {
        String code = StoredServices.service().insert();
        LocalDate due = LocalDate.of(2030, 1, 1);
        UUID[] filed = new UUID[5];
        for (int i = 0; i < filed.length; i++) {
            filed[i] = application().service(code).dueDate(due.plusDays(i)).insert();
        }

        clerk().queryParam("serviceCode", code).queryParam("size", "2")
                .when().get("/applications")
                .then().statusCode(200)
                .body("items.id", contains(filed[0].toString(), filed[1].toString()), "total", equalTo(3), "totalExact",
                        equalTo(false));
        clerk().queryParam("serviceCode", code).queryParam("size", "2").queryParam("page", "2")
                .when().get("/applications")
                .then().statusCode(200).body("items.id", contains(filed[4].toString()), "totalExact", equalTo(false));
    }

    @Test
    void atOrUnderTheLimitTheTotalIsTheCount() {
        String code = StoredServices.service().insert();
        for (int i = 0; i < 3; i++) {
            application().service(code).insert();
        }
        application().service(code).status(ApplicationStatus.ACCEPTED).insert();

        clerk().queryParam("serviceCode", code).queryParam("status", "SUBMITTED")
                .when().get("/applications")
                .then().statusCode(200).body("items", hasSize(3), "total", equalTo(3), "totalExact", equalTo(true));
        clerk().queryParam("serviceCode", code).queryParam("status", "ACCEPTED")
                .when().get("/applications")
                .then().statusCode(200).body("total", equalTo(1), "totalExact", equalTo(true));
    }
}
