package tw.smartdesk.locker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.locker.CompartmentSize;
import tw.smartdesk.locker.domain.CompartmentStatus;
import tw.smartdesk.locker.domain.LockerStatus;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

@QuarkusTest
class LockerResourceTest {

    private static final String CENTER_LOCKERS = "/sites/TTCSC-MAIN/lockers";

    @Test
    void theCivilServiceCenterHasOneSmartDeskBankWithSmallMediumAndLargeCompartments() {
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK))
                .when().get(CENTER_LOCKERS)
                .then().statusCode(200)
                .body("$", hasSize(1),
                        "[0].id", equalTo("4dab7f26-804e-4ccf-b5b6-9e20af89ac04"),
                        "[0].siteId", equalTo("TTCSC-MAIN"),
                        "[0].code", equalTo("A"),
                        "[0].name.'zh-TW'", equalTo("智慧櫃台 A"),
                        "[0].name.en", equalTo("Smart Desk A"),
                        "[0].status", equalTo("IN_SERVICE"),
                        "[0].capacity.size", contains("S", "M", "L"),
                        "[0].capacity.total", contains(16, 8, 4),
                        "[0].capacity.free", contains(16, 8, 4));
    }

    @Test
    void onlyFreeCompartmentsOfLockersInServiceCountAsFree() throws Exception {
        LockerFixture site = new LockerFixture()
                .locker("B", LockerStatus.IN_SERVICE)
                .compartments(1, CompartmentSize.S, CompartmentStatus.FREE)
                .compartments(1, CompartmentSize.S, CompartmentStatus.ASSIGNED)
                .compartments(1, CompartmentSize.S, CompartmentStatus.OCCUPIED)
                .compartments(1, CompartmentSize.M, CompartmentStatus.LOCKED_OUT)
                .compartments(2, CompartmentSize.M, CompartmentStatus.FREE)
                .locker("C", LockerStatus.OUT_OF_SERVICE)
                .compartments(2, CompartmentSize.L, CompartmentStatus.FREE)
                .insert();

        given().header("Authorization", TestTokens.bearer("kiosk-b", Roles.KIOSK))
                .when().get("/sites/" + site.siteId() + "/lockers")
                .then().statusCode(200)
                .body("code", contains("B", "C"),
                        "status", contains("IN_SERVICE", "OUT_OF_SERVICE"),
                        "[0].capacity.total", contains(3, 3, 0),
                        "[0].capacity.free", contains(1, 2, 0),
                        "[1].capacity.total", contains(0, 0, 2),
                        "[1].capacity.free", contains(0, 0, 0));
    }

    @Test
    void staffAndKiosksMayReadButResidentsAndAnalystsMayNot() {
        for (String role : List.of(Roles.CLERK, Roles.ADMIN, Roles.KIOSK, Roles.OPERATOR)) {
            given().header("Authorization", TestTokens.bearer(role + "-1", role))
                    .when().get(CENTER_LOCKERS)
                    .then().statusCode(200);
        }
        for (String role : List.of(Roles.CITIZEN, Roles.ANALYST)) {
            given().header("Authorization", TestTokens.bearer(role + "-1", role))
                    .when().get(CENTER_LOCKERS)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:smartdesk:problem:forbidden"), "status", equalTo(403));
        }
    }

    @Test
    void withoutAValidTokenTheAnswerIs401Problem() {
        given().when().get(CENTER_LOCKERS)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:smartdesk:problem:unauthenticated"), "status", equalTo(401));
        given().header("Authorization", "Bearer " + TestTokens.expired("kiosk-1", Roles.KIOSK))
                .when().get(CENTER_LOCKERS)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aSiteWithoutLockersIsA404Problem() {
        given().header("Authorization", TestTokens.bearer("operator-1", Roles.OPERATOR))
                .when().get("/sites/NO-SUCH-SITE/lockers")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:not-found"), "status", equalTo(404),
                        "detail", equalTo("No Smart Desk lockers at site NO-SUCH-SITE"),
                        "instance", equalTo("/sites/NO-SUCH-SITE/lockers"));
    }
}
