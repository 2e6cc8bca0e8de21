package tw.smartdesk.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.reservation.service.ReservationJobs;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestIdentities;
import tw.smartdesk.testsupport.TestTokens;

/**
 * Anti-scalping (OWASP API6): upcoming reservations per person and per caller phone number are capped, booking
 * attempts per person are rate-limited (429 with Retry-After); and what staff see of a day and a caller's number.
 */
@QuarkusTest
class BookingLimitsTest {

    @Inject
    Pool pool;

    @Inject
    ReservationJobs jobs;

    private static io.restassured.response.ValidatableResponse book(String authorization, Map<String, Object> body) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON).body(body)
                .when().post("/reservations").then();
    }

    @Test
    void aPersonHoldsAtMostThreeUpcomingReservations() {
        String citizen = PersonsStandIn.verifiedCitizen("hoarder", TestIdentities.nationalId());
        List<LocalDate> days = Bookable.openDays();
        for (int i = 0; i < 3; i++) {
            book(citizen, Bookable.booking(Bookable.slotStart(days.get(i), "APPLY", 14), "APPLY")).statusCode(201);
        }
        book(citizen, Bookable.booking(Bookable.slotStart(days.get(3), "APPLY", 14), "APPLY"))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:reservation-limit"));
    }

    @Test
    void parallelBookingsOfOnePersonAreCountedOneAfterTheOther() {
        String citizen = PersonsStandIn.verifiedCitizen("bot", TestIdentities.nationalId());
        List<LocalDate> days = Bookable.openDays();
        List<java.util.concurrent.CompletableFuture<Integer>> sent = days.stream()
                .map(day -> java.util.concurrent.CompletableFuture.supplyAsync(() ->
                        book(citizen, Bookable.booking(Bookable.slotStart(day, "APPLY", 25), "APPLY")).extract().statusCode()))
                .toList();
        List<Integer> answers = sent.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        assertThat(answers).filteredOn(status -> status == 201).hasSize(Math.min(3, days.size()));
        assertThat(answers).filteredOn(status -> status != 201).containsOnly(422);
    }

    @Test
    void onePhoneNumberBooksAtMostThreeUpcomingReservationsWhoeverTheyAreFor() {
        String operator = TestTokens.bearer("operator-limits", Roles.OPERATOR);
        String phone = "0987" + String.valueOf(System.nanoTime()).substring(0, 6);
        LocalDate day = Bookable.openDays().get(0);
        for (int i = 0; i < 3; i++) {
            book(operator, Bookable.phoneBooking(Bookable.slotStart(day, "APPLY", 16 + i), "APPLY",
                    TestIdentities.nationalId(), phone)).statusCode(201);
        }
        // the same number written the international way is the same number
        String international = "+886" + phone.substring(1);
        book(operator, Bookable.phoneBooking(Bookable.slotStart(day, "APPLY", 20), "APPLY", TestIdentities.nationalId(), international))
                .statusCode(422).body("type", equalTo("urn:smartdesk:problem:reservation-limit"));
        given().header("Authorization", operator).queryParam("phone", international).when().get("/reservations")
                .then().statusCode(200).body("size()", equalTo(3), "callerPhone", everyItem(equalTo(international)));
    }

    @Test
    void aPersonHammeringTheBookingEndpointIsToldToWait() {
        String citizen = PersonsStandIn.verifiedCitizen("hammer", TestIdentities.nationalId());
        LocalDate day = Bookable.openDays().get(1);
        book(citizen, Bookable.booking(Bookable.slotStart(day, "APPLY", 22), "APPLY")).statusCode(201);
        int refusedSameDay = 0;
        io.restassured.response.ExtractableResponse<?> last = null;
        for (int attempt = 0; attempt < 25; attempt++) {
            last = book(citizen, Bookable.booking(Bookable.slotStart(day, "APPLY", 23), "APPLY")).extract();
            if (last.statusCode() == 429) {
                break;
            }
            assertThat(last.statusCode()).isEqualTo(409);
            refusedSameDay++;
        }
        assertThat(refusedSameDay).isEqualTo(19); // 20 attempts an hour, the booking was the first
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();
        // 20 attempts an hour: the next one in about three minutes, not in seconds
        assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(60, 3600);
        assertThat(last.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aClerkSeesACountersDayAndTheCallersNumberIsErasedAfterTheVisit() {
        LocalDate day = Bookable.openDays().get(2);
        String phone = "0966" + String.valueOf(System.nanoTime()).substring(0, 6);
        String id = book(TestTokens.bearer("operator-day", Roles.OPERATOR),
                Bookable.phoneBooking(Bookable.slotStart(day, "PICKUP", 30), "PICKUP", TestIdentities.nationalId(), phone))
                .statusCode(201).extract().path("id");
        String counterId = given().header("Authorization", TestTokens.bearer("clerk-day", Roles.CLERK))
                .when().get("/reservations/" + id).then().statusCode(200).extract().path("counterId");
        given().header("Authorization", TestTokens.bearer("clerk-day", Roles.CLERK)).queryParam("date", day.toString())
                .when().get("/sites/TTCSC-MAIN/counters/" + counterId + "/day").then().statusCode(200)
                .body("id", hasItem(id), "slotStart", everyItem(notNullValue()));
        given().header("Authorization", TestTokens.bearer("resident-day", Roles.CITIZEN)).queryParam("date", day.toString())
                .when().get("/sites/TTCSC-MAIN/counters/" + counterId + "/day").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("clerk-day", Roles.CLERK)).queryParam("date", day.toString())
                .when().get("/sites/TTCSC-MAIN/counters/" + UUID.randomUUID() + "/day").then().statusCode(404);

        pool.preparedQuery("update reservation set slot_start = slot_start - interval '60 days', slot_end = slot_end - interval '60 days' where id = $1")
                .execute(Tuple.of(UUID.fromString(id))).await().indefinitely();
        jobs.forgetCallerPhones().await().indefinitely();
        given().header("Authorization", TestTokens.bearer("operator-day", Roles.OPERATOR)).queryParam("phone", phone)
                .when().get("/reservations").then().statusCode(200).body("size()", equalTo(0));
    }
}
