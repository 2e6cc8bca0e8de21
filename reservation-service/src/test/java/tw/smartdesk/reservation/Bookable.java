package tw.smartdesk.reservation;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/** Open days and slots of the seeded site as the API lists them, for tests to book. */
final class Bookable {

    static final String SITE = "TTCSC-MAIN";
    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private Bookable() {
    }

    /** The open days in the booking window, in order. */
    static List<LocalDate> openDays() {
        LocalDate today = LocalDate.now(TAIPEI);
        return java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(today::plusDays)
                .filter(day -> !slots(day, "APPLY").getList("slots").isEmpty()).toList();
    }

    static JsonPath slots(LocalDate day, String purpose) {
        return given().header("Authorization", TestTokens.bearer("reader", Roles.CITIZEN))
                .queryParam("date", day.toString()).queryParam("purpose", purpose)
                .when().get("/sites/" + SITE + "/slots").then().statusCode(200).extract().jsonPath();
    }

    /** The start of the {@code index}th slot of the day for the purpose. */
    static Instant slotStart(LocalDate day, String purpose, int index) {
        return Instant.parse(slots(day, purpose).getString("slots[" + index + "].start"));
    }

    static Map<String, Object> booking(Instant slotStart, String purpose) {
        return Map.of("siteId", SITE, "slotStart", slotStart.toString(), "purpose", purpose,
                "serviceCodes", List.of("HR-001"));
    }

    static Map<String, Object> phoneBooking(Instant slotStart, String purpose, String nationalId, String phone) {
        return Map.of("siteId", SITE, "slotStart", slotStart.toString(), "purpose", purpose,
                "serviceCodes", List.of("HR-001"),
                "caller", Map.of("nationalId", nationalId, "birthDate", "1980-04-02", "phone", phone));
    }
}
