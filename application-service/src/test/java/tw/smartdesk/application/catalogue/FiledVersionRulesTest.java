package tw.smartdesk.application.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;
import tw.smartdesk.testsupport.TopicReader;

/**
 * An application filed under catalogue version 1 keeps version 1's rules (Smart Desk pickup allowed,
 * compartment size, pickup window) after the service changes to version 2; a filing made after the
 * change follows version 2.
 */
@QuarkusTest
class FiledVersionRulesTest {

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role + "-" + UUID.randomUUID(), role)).contentType(ContentType.JSON);
    }

    private static String file(String code, int expectedVersion) {
        return as(Roles.CITIZEN).body(Filing.body(code)).when().post("/applications").then().statusCode(201)
                .body("applications[0].serviceVersion", equalTo(expectedVersion)).extract().path("applications[0].id");
    }

    private static JsonPath readyAtSmartDesk(String id, int expectedStatus) {
        as(Roles.CLERK).when().post("/applications/" + id + "/accept").then().statusCode(200);
        return as(Roles.CLERK).body("{\"pickupMethod\":\"SMART_DESK\",\"siteId\":\"TTCSC-MAIN\"}")
                .when().post("/applications/" + id + "/ready").then().statusCode(expectedStatus).extract().jsonPath();
    }

    private static JsonPath readyEvent(String id) {
        try (TopicReader events = new TopicReader("application-events")) {
            return JsonPath.from(events.await(r -> id.equals(r.key()) && r.value() != null
                    && r.value().contains("pickupDeadline"), 1, Duration.ofSeconds(20)).get(0).value());
        }
    }

    @Test
    void anApplicationKeepsTheRulesOfTheVersionItWasFiledUnder() {
        ServiceRequests service = ServiceRequests.service().with("pickupWindowDays", 3).with("compartmentSize", "S")
                .with("smartDeskPickup", true);
        as(Roles.ADMIN).body(service.body()).when().post("/services").then().statusCode(201);
        String underVersion1 = file(service.code(), 1);

        as(Roles.ADMIN).body(service.with("pickupWindowDays", 7).with("compartmentSize", "L").with("smartDeskPickup", false).body())
                .when().put("/services/" + service.code()).then().statusCode(200).body("version", equalTo(2));
        String underVersion2 = file(service.code(), 2);

        assertThat(readyAtSmartDesk(underVersion1, 200).getString("pickupMethod")).isEqualTo("SMART_DESK");
        JsonPath ready = readyEvent(underVersion1);
        assertThat(ready.getString("compartmentSize")).isEqualTo("S");
        Instant from = Instant.parse(ready.getString("pickupFrom"));
        assertThat(Instant.parse(ready.getString("pickupDeadline"))).isEqualTo(from.plus(3, ChronoUnit.DAYS));
        as(Roles.CLERK).when().get("/applications/" + underVersion1).then().statusCode(200).body("serviceVersion", equalTo(1));

        assertThat(readyAtSmartDesk(underVersion2, 422).getString("type")).endsWith("smart-desk-not-allowed");
    }
}
