package tw.smartdesk.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.reservation.service.ReservationJobs;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestIdentities;
import tw.smartdesk.testsupport.TestTokens;
import tw.smartdesk.testsupport.TopicReader;

/** After booking: check-in and completion at the counter, the no-show job, and waitlist offers that lapse and pass on. */
@QuarkusTest
class ReservationLifecycleTest {

    private static final String CLERK = TestTokens.bearer("clerk-7", Roles.CLERK);

    @Inject
    Pool pool;

    @Inject
    ReservationJobs jobs;

    @Test
    void aClerkChecksInFromFifteenMinutesBeforeTheSlotAndCompletesTheVisit() {
        String soon = insertBooked(Instant.now().plus(Duration.ofMinutes(10)));
        String tomorrow = insertBooked(Instant.now().plus(Duration.ofDays(1)));
        String late = insertBooked(Instant.now().minus(Duration.ofMinutes(20)));

        given().header("Authorization", CLERK).when().post("/reservations/" + tomorrow + "/check-in")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:check-in-not-open"));
        given().header("Authorization", CLERK).when().post("/reservations/" + late + "/check-in")
                .then().statusCode(409).body("type", equalTo("urn:smartdesk:problem:too-late"));
        given().header("Authorization", TestTokens.bearer("resident-x", Roles.CITIZEN))
                .when().post("/reservations/" + soon + "/check-in").then().statusCode(403);
        given().header("Authorization", CLERK).when().post("/reservations/" + soon + "/check-in")
                .then().statusCode(200).body("status", equalTo("CHECKED_IN"));
        given().header("Authorization", CLERK).when().post("/reservations/" + soon + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        given().header("Authorization", CLERK).when().post("/reservations/" + soon + "/complete")
                .then().statusCode(409).body("type", equalTo("urn:smartdesk:problem:reservation-state"));
        try (TopicReader reader = new TopicReader("reservation-events")) {
            assertThat(reader.await(r -> soon.equals(r.key()), 2, Duration.ofSeconds(20)))
                    .extracting(r -> ReservationBookingTest.header(r, "ce_type"))
                    .containsExactly("tw.smartdesk.reservation.checked_in.v1", "tw.smartdesk.reservation.completed.v1");
        }
    }

    @Test
    void aStartedSlotCanNoLongerBeMovedAwayFrom() {
        String started = insertBooked(Instant.now().minus(Duration.ofMinutes(5)));
        Instant tomorrow = Bookable.slotStart(Bookable.openDays().get(0), "APPLY", 2);
        given().header("Authorization", CLERK).contentType(ContentType.JSON).body(Map.of("slotStart", tomorrow.toString()))
                .when().post("/reservations/" + started + "/reschedule").then().statusCode(409)
                .body("type", equalTo("urn:smartdesk:problem:slot-started"));
    }

    @Test
    void theJobMarksWhoeverDidNotComeWithinTheGracePeriodAsANoShow() {
        String late = insertBooked(Instant.now().minus(Duration.ofMinutes(16)));
        String stillInGrace = insertBooked(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(jobs.markNoShows().await().indefinitely()).isGreaterThanOrEqualTo(1);
        assertThat(status(late)).isEqualTo("NO_SHOW");
        assertThat(status(stillInGrace)).isEqualTo("BOOKED");
        try (TopicReader reader = new TopicReader("reservation-events")) {
            assertThat(reader.await(r -> late.equals(r.key()), 1, Duration.ofSeconds(20)).get(0).value())
                    .contains("\"graceMinutes\":15");
        }
    }

    @Test
    void aFreedPlaceIsOfferedToTheFirstInLineAndAnUnansweredOfferPassesToTheNext() {
        LocalDate day = Bookable.openDays().get(3);
        Instant start = Bookable.slotStart(day, "PICKUP", 10);
        int places = Bookable.slots(day, "PICKUP").getInt("slots[10].remaining");
        String firstBooking = null;
        for (int i = 0; i < places; i++) {
            String id = given().header("Authorization", PersonsStandIn.verifiedCitizen("filler-" + i, TestIdentities.nationalId()))
                    .contentType(ContentType.JSON).body(Bookable.booking(start, "PICKUP"))
                    .when().post("/reservations").then().statusCode(201).extract().path("id");
            firstBooking = firstBooking == null ? id : firstBooking;
        }
        String firstId = TestIdentities.nationalId();
        String secondId = TestIdentities.nationalId();
        String first = PersonsStandIn.verifiedCitizen("waiting-1", firstId);
        String second = PersonsStandIn.verifiedCitizen("waiting-2", secondId);
        given().header("Authorization", first).contentType(ContentType.JSON).body(Bookable.booking(start, "PICKUP"))
                .when().post("/waitlist").then().statusCode(201).body("status", equalTo("WAITING"));
        given().header("Authorization", second).contentType(ContentType.JSON).body(Bookable.booking(start, "PICKUP"))
                .when().post("/waitlist").then().statusCode(201);
        String thirdId = TestIdentities.nationalId();
        String third = PersonsStandIn.verifiedCitizen("waiting-3", thirdId);
        String fourth = PersonsStandIn.verifiedCitizen("waiting-4", TestIdentities.nationalId());
        given().header("Authorization", third).contentType(ContentType.JSON).body(Bookable.booking(start, "PICKUP"))
                .when().post("/waitlist").then().statusCode(201);
        String fourthEntry = given().header("Authorization", fourth).contentType(ContentType.JSON).body(Bookable.booking(start, "PICKUP"))
                .when().post("/waitlist").then().statusCode(201).extract().path("id");

        given().header("Authorization", CLERK).contentType(ContentType.JSON).body(Map.of())
                .when().post("/reservations/" + firstBooking + "/cancel").then().statusCode(200);
        String offerToFirst = given().header("Authorization", first).when().get("/reservations/mine").then().statusCode(200)
                .body("reservations.status", hasItem("OFFERED")).extract().path("reservations.find { it.status == 'OFFERED' }.id");

        pool.preparedQuery("update reservation set hold_until = now() - interval '1 second' where id = $1")
                .execute(Tuple.of(UUID.fromString(offerToFirst))).await().indefinitely();
        assertThat(jobs.lapseOffers().await().indefinitely()).isGreaterThanOrEqualTo(1);
        assertThat(status(offerToFirst)).isEqualTo("OFFER_LAPSED");

        String offerToSecond = given().header("Authorization", second).when().get("/reservations/mine").then().statusCode(200)
                .extract().path("reservations.find { it.status == 'OFFERED' }.id");
        given().header("Authorization", first).when().post("/reservations/" + offerToSecond + "/accept").then().statusCode(404);
        // the second declines; the third in line, suspended meanwhile, is offered the place but may not take it
        given().header("Authorization", second).contentType(ContentType.JSON).body(Map.of())
                .when().post("/reservations/" + offerToSecond + "/cancel").then().statusCode(200).body("status", equalTo("OFFER_DECLINED"));
        String offerToThird = given().header("Authorization", third).when().get("/reservations/mine").then().statusCode(200)
                .extract().path("reservations.find { it.status == 'OFFERED' }.id");
        for (int weeksAgo = 3; weeksAgo >= 1; weeksAgo--) {
            insertNoShow(PersonsStandIn.refOf(thirdId), Instant.now().minus(Duration.ofDays(7L * weeksAgo)));
        }
        given().header("Authorization", third).when().post("/reservations/" + offerToThird + "/accept")
                .then().statusCode(403).body("type", equalTo("urn:smartdesk:problem:booking-suspended"));
        // the fourth leaves the line before anything frees
        given().header("Authorization", fourth).when().post("/waitlist/" + fourthEntry + "/leave")
                .then().statusCode(200).body("status", equalTo("LEFT"));
        given().header("Authorization", first).when().post("/waitlist/" + fourthEntry + "/leave").then().statusCode(404);
        given().header("Authorization", fourth).when().post("/waitlist/" + fourthEntry + "/leave").then().statusCode(409);
        given().header("Authorization", CLERK).when().post("/reservations/" + offerToThird + "/accept")
                .then().statusCode(403);
        assertThat(Bookable.slots(day, "PICKUP").getInt("slots[10].remaining")).isZero(); // held for the third
        try (TopicReader reader = new TopicReader("reservation-events")) {
            assertThat(reader.await(r -> offerToFirst.equals(r.key()) || offerToSecond.equals(r.key())
                    || offerToThird.equals(r.key()), 3, Duration.ofSeconds(20)))
                    .extracting(r -> ReservationBookingTest.header(r, "ce_type"))
                    .containsOnly("tw.smartdesk.reservation.waitlist_offered.v1");
        }
    }

    private String insertBooked(Instant start) {
        Instant slotStart = start.truncatedTo(ChronoUnit.MINUTES);
        UUID id = UUID.randomUUID();
        pool.preparedQuery("""
                insert into reservation (id, site_id, counter_id, applicant_ref, purpose, service_codes, agent_service, channel,
                    booked_by, booked_by_role, slot_day, slot_start, slot_end, status)
                values ($1, 'TTCSC-MAIN', '9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a01', $2, 'APPLY', '{HR-001}', false, 'ONLINE',
                    'resident', 'CITIZEN', $3, $4, $5, 'BOOKED')
                """).execute(Tuple.from(new Object[] {id, PersonsStandIn.refOf(TestIdentities.nationalId()),
                        LocalDate.ofInstant(slotStart, Bookable.TAIPEI), OffsetDateTime.ofInstant(slotStart, ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(slotStart.plusSeconds(900), ZoneOffset.UTC)})).await().indefinitely();
        return id.toString();
    }

    private void insertNoShow(String ref, Instant start) {
        pool.preparedQuery("""
                insert into reservation (id, site_id, counter_id, applicant_ref, purpose, service_codes, agent_service, channel,
                    booked_by, booked_by_role, slot_day, slot_start, slot_end, status)
                values ($1, 'TTCSC-MAIN', '9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a01', $2, 'APPLY', '{HR-001}', false, 'ONLINE',
                    'resident', 'CITIZEN', $3, $4, $5, 'NO_SHOW')
                """).execute(Tuple.from(new Object[] {UUID.randomUUID(), ref, LocalDate.ofInstant(start, Bookable.TAIPEI),
                        OffsetDateTime.ofInstant(start, ZoneOffset.UTC), OffsetDateTime.ofInstant(start.plusSeconds(900), ZoneOffset.UTC)}))
                .await().indefinitely();
    }

    private String status(String id) {
        return pool.preparedQuery("select status from reservation where id = $1").execute(Tuple.of(UUID.fromString(id)))
                .await().indefinitely().iterator().next().getString(0);
    }
}
