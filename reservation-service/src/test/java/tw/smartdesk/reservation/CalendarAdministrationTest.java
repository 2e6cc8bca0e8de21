package tw.smartdesk.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/** Admins keep what slots are derived from; the slots endpoint follows at once. */
@QuarkusTest
class CalendarAdministrationTest {

    private static final String ADMIN = TestTokens.bearer("admin-9", Roles.ADMIN);
    private static final String PICKUP_COUNTER = "9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a04";

    private static LocalDate weekendInWindow() {
        LocalDate today = LocalDate.now(Bookable.TAIPEI);
        return IntStream.rangeClosed(1, 7).mapToObj(today::plusDays)
                .filter(day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
                .findFirst().orElseThrow();
    }

    @Test
    void theHolidayCalendarOfThisYearAndNextIsSeededAndAdminsKeepIt() {
        given().header("Authorization", TestTokens.bearer("resident-9", Roles.CITIZEN)).queryParam("year", 2027)
                .when().get("/holidays").then().statusCode(200)
                .body("day", hasItem("2027-02-05"), "find { it.day == '2027-10-11' }.nameEn", equalTo("National Day (observed)"));
        given().header("Authorization", TestTokens.bearer("resident-9", Roles.CITIZEN)).queryParam("year", 2026)
                .when().get("/holidays").then().statusCode(200).body("day", hasItem("2026-12-25"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("nameZh", "縣定假日", "nameEn", "County holiday"))
                .when().put("/holidays/2027-12-31").then().statusCode(200).body("nameEn", equalTo("County holiday"));
        given().header("Authorization", ADMIN).queryParam("year", 2027).when().get("/holidays")
                .then().body("day", hasItem("2027-12-31"));
        given().header("Authorization", ADMIN).when().delete("/holidays/2027-12-31").then().statusCode(204);
        given().header("Authorization", ADMIN).when().delete("/holidays/2027-12-31").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("clerk-9", Roles.CLERK)).contentType(ContentType.JSON)
                .body(Map.of("nameZh", "x", "nameEn", "x")).when().put("/holidays/2027-12-30").then().statusCode(403);
        given().header("Authorization", ADMIN).queryParam("year", 1200).when().get("/holidays").then().statusCode(400);
    }

    @Test
    void aSpecialDayOpensAWeekendAndClosingItAgainTakesItsSlotsAway() {
        LocalDate saturday = weekendInWindow();
        given().header("Authorization", ADMIN).queryParam("date", saturday.toString()).queryParam("purpose", "APPLY")
                .when().get("/sites/TTCSC-MAIN/slots").then().statusCode(200)
                .body("slots.size()", equalTo(0), "closed", startsWith("closed on"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("opens", "09:00", "closes", "12:00", "note", "補行上班日 make-up workday"))
                .when().put("/sites/TTCSC-MAIN/special-days/" + saturday).then().statusCode(200);
        given().header("Authorization", ADMIN).queryParam("date", saturday.toString()).queryParam("purpose", "APPLY")
                .when().get("/sites/TTCSC-MAIN/slots").then().statusCode(200)
                .body("slots.size()", equalTo(12), "slots[0].capacity", equalTo(6), "slots[0].remaining", equalTo(6));
        given().header("Authorization", ADMIN).when().get("/sites/TTCSC-MAIN/special-days")
                .then().statusCode(200).body("day", hasItem(saturday.toString()));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("opens", "12:00", "closes", "09:00", "note", "backwards"))
                .when().put("/sites/TTCSC-MAIN/special-days/" + saturday).then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", ADMIN).when().delete("/sites/TTCSC-MAIN/special-days/" + saturday).then().statusCode(204);
        given().header("Authorization", ADMIN).queryParam("date", saturday.toString()).queryParam("purpose", "APPLY")
                .when().get("/sites/TTCSC-MAIN/slots").then().body("slots.size()", equalTo(0));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(Map.of("note", "closed"))
                .when().put("/sites/NO-SUCH-SITE/special-days/" + saturday).then().statusCode(404);
    }

    @Test
    void aCountersServicesAndPlacesShapeTheSlots() {
        LocalDate day = Bookable.openDays().get(4 % Bookable.openDays().size());
        int before = Bookable.slots(day, "PICKUP").getInt("slots[30].capacity");
        try {
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("slotMinutes", 15, "slotCapacity", 5, "serviceCodes", List.of("HR-001"),
                            "servesApply", false, "servesPickup", true, "active", true))
                    .when().put("/sites/TTCSC-MAIN/counters/" + PICKUP_COUNTER).then().statusCode(200);
            assertThat(Bookable.slots(day, "PICKUP").getInt("slots[30].capacity")).isEqualTo(before + 3);
            given().header("Authorization", ADMIN).queryParam("date", day.toString()).queryParam("purpose", "PICKUP")
                    .queryParam("service", "LD-001").when().get("/sites/TTCSC-MAIN/slots")
                    .then().statusCode(200).body("slots[30].capacity", equalTo(before - 2));
        } finally {
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("slotMinutes", 15, "slotCapacity", 2, "serviceCodes", List.of(),
                            "servesApply", false, "servesPickup", true, "active", true))
                    .when().put("/sites/TTCSC-MAIN/counters/" + PICKUP_COUNTER).then().statusCode(200);
        }
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("slotMinutes", 15, "slotCapacity", 2, "serviceCodes", List.of(),
                        "servesApply", false, "servesPickup", false, "active", true))
                .when().put("/sites/TTCSC-MAIN/counters/" + PICKUP_COUNTER).then().statusCode(400);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("slotMinutes", 2, "slotCapacity", 0, "serviceCodes", List.of("bad"),
                        "servesApply", true, "servesPickup", true, "active", true))
                .when().put("/sites/TTCSC-MAIN/counters/" + PICKUP_COUNTER).then().statusCode(400)
                .body("violations.size()", equalTo(3));
    }

    @Test
    void slotsOutsideTheWindowOrWithBadParametersAreProblems() {
        String citizen = TestTokens.bearer("resident-9", Roles.CITIZEN);
        given().header("Authorization", citizen).queryParam("date", LocalDate.now(Bookable.TAIPEI).plusDays(30).toString())
                .queryParam("purpose", "APPLY").when().get("/sites/TTCSC-MAIN/slots")
                .then().statusCode(422).body("type", equalTo("urn:smartdesk:problem:outside-booking-window"));
        given().header("Authorization", citizen).queryParam("date", "2026-13-45").queryParam("purpose", "APPLY")
                .when().get("/sites/TTCSC-MAIN/slots").then().statusCode(not(equalTo(200))).statusCode(not(equalTo(500)));
        given().header("Authorization", citizen).queryParam("purpose", "APPLY")
                .when().get("/sites/TTCSC-MAIN/slots").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", citizen).queryParam("date", Bookable.openDays().get(0).toString())
                .queryParam("purpose", "APPLY").when().get("/sites/NO-SUCH/slots").then().statusCode(404);
    }
}
