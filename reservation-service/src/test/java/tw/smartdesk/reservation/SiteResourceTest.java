package tw.smartdesk.reservation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

@QuarkusTest
class SiteResourceTest {

    private static final String CENTER = "TTCSC-MAIN";

    @Test
    void theListHoldsTheTaitungCivilServiceCenter() {
        given().header("Authorization", TestTokens.bearer("resident-1", Roles.CITIZEN))
                .when().get("/sites")
                .then().statusCode(200)
                .body("id", hasItem(CENTER))
                .body("find { it.id == '" + CENTER + "' }.name.'zh-TW'", equalTo("臺東縣政府聯合服務中心"))
                .body("find { it.id == '" + CENTER + "' }.phone", equalTo("089-347550"));
    }

    @Test
    void oneSiteComesWithAddressOpeningHoursAndCounters() {
        given().header("Authorization", TestTokens.bearer("operator-1", Roles.OPERATOR))
                .when().get("/sites/" + CENTER)
                .then().statusCode(200)
                .body("id", equalTo(CENTER),
                        "name.'zh-TW'", equalTo("臺東縣政府聯合服務中心"),
                        "name.en", equalTo("Taitung County Civil Service Center"),
                        "address.'zh-TW'", equalTo("臺東縣臺東市中山路276號"),
                        "phone", equalTo("089-347550"),
                        "timeZone", equalTo("Asia/Taipei"),
                        "openingHours.dayOfWeek", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                        "openingHours.opens", everyItem(equalTo("08:00")),
                        "openingHours.closes", everyItem(equalTo("17:30")),
                        "counters.code", contains("1", "2", "3", "4"),
                        "counters.find { it.code == '3' }.purposes", containsInAnyOrder("APPLY", "PICKUP"),
                        "counters.find { it.code == '4' }.purposes", contains("PICKUP"));
    }

    @Test
    void everySmartDeskRoleMayReadSites() {
        for (String role : Roles.ALL) {
            given().header("Authorization", TestTokens.bearer(role + "-1", role))
                    .when().get("/sites/" + CENTER)
                    .then().statusCode(200);
        }
    }

    @Test
    void anUnknownSiteIsA404Problem() {
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK))
                .when().get("/sites/NO-SUCH-SITE")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:not-found"), "status", equalTo(404),
                        "title", equalTo("Site not found"), "instance", equalTo("/sites/NO-SUCH-SITE"));
    }

    @Test
    void withoutAValidTokenTheAnswerIs401Problem() {
        given().when().get("/sites")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:smartdesk:problem:unauthenticated"), "status", equalTo(401));
        given().header("Authorization", "Bearer " + TestTokens.expired("resident-1", Roles.CITIZEN))
                .when().get("/sites/" + CENTER)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenWithoutASmartDeskRoleIsForbidden() {
        given().header("Authorization", TestTokens.bearer("visitor-1", "visitor"))
                .when().get("/sites/" + CENTER)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:forbidden"), "status", equalTo(403));
    }
}
