package tw.smartdesk.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestIdentities;
import tw.smartdesk.testsupport.TestTokens;
import tw.smartdesk.testsupport.TopicReader;

/**
 * Booking against the real database and broker: the happy paths of every channel, every bad input answered with
 * problem+json, the rules per person whatever the channel, and the events with their CloudEvents headers.
 */
@QuarkusTest
class ReservationBookingTest {

    @Inject
    Pool pool;

    private static String citizen(String nationalId) {
        return PersonsStandIn.verifiedCitizen("resident-" + nationalId, nationalId);
    }

    private static io.restassured.response.ValidatableResponse book(String authorization, Map<String, Object> body) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON).body(body)
                .when().post("/reservations").then();
    }

    @Test
    void aVerifiedResidentBooksASlotAndTheEventReachesTheBrokerWithoutPersonalData() {
        String id = TestIdentities.nationalId();
        LocalDate day = Bookable.openDays().get(0);
        Instant start = Bookable.slotStart(day, "APPLY", 3);
        Map<String, Object> body = new HashMap<>(Bookable.booking(start, "APPLY"));
        body.put("agentService", true);
        String reservationId = book(citizen(id), body).statusCode(201)
                .body("status", equalTo("BOOKED"), "applicantRef", equalTo(PersonsStandIn.refOf(id)),
                        "slotStart", equalTo(start.toString()), "channel", equalTo("ONLINE"),
                        "callerPhone", nullValue(), "counterCode", notNullValue())
                .extract().path("id");

        try (TopicReader reader = new TopicReader("reservation-events")) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> reservationId.equals(r.key()), 2, Duration.ofSeconds(20));
            assertThat(records).extracting(r -> header(r, "ce_type")).containsExactlyInAnyOrder(
                    "tw.smartdesk.reservation.booked.v1", "tw.smartdesk.reservation.preparation_requested.v1");
            for (ConsumerRecord<String, String> record : records) {
                assertThat(header(record, "ce_source")).isEqualTo("urn:smartdesk:reservation-service");
                assertThat(header(record, "ce_subject")).isEqualTo(reservationId);
                assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
                assertThat(record.value()).doesNotContain(id).doesNotContain("resident-");
            }
        }
        given().header("Authorization", citizen(id)).when().get("/reservations/mine")
                .then().statusCode(200).body("reservations.id", hasItem(reservationId), "suspension.suspended", equalTo(false));
        String calendar = given().header("Authorization", citizen(id)).when().get("/reservations/" + reservationId + ".ics")
                .then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:" + reservationId)
                .contains("DTSTART:" + start.toString().replace("-", "").replace(":", "")).endsWith("END:VCALENDAR\r\n");
        for (String line : calendar.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void anAccountsVerifiedPastDoesNotVouchForALoginWithoutTheClaim() {
        String id = TestIdentities.nationalId();
        String subject = "resident-" + id;
        book(citizen(id), Bookable.booking(Bookable.slotStart(Bookable.openDays().get(1), "APPLY", 7), "APPLY")).statusCode(201);
        given().header("Authorization", TestTokens.bearer(subject, Roles.CITIZEN)).when().get("/reservations/mine")
                .then().statusCode(403).body("type", equalTo("urn:smartdesk:problem:identity-not-verified"));
        given().header("Authorization", citizen(id)).when().get("/reservations/mine").then().statusCode(200);
    }

    @Test
    void repeatedClicksWithOneIdempotencyKeyBookOnce() {
        String id = TestIdentities.nationalId();
        Instant start = Bookable.slotStart(Bookable.openDays().get(0), "APPLY", 5);
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", citizen(id)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Bookable.booking(start, "APPLY")).when().post("/reservations").then().statusCode(201).extract().path("id");
        String again = given().header("Authorization", citizen(id)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Bookable.booking(start, "APPLY")).when().post("/reservations").then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(count("select count(*) from reservation where applicant_ref = $1", PersonsStandIn.refOf(id))).isEqualTo(1);
    }

    @Test
    void aResidentCannotDodgeOnePerDayBySwitchingChannelEitherWayRound() {
        List<LocalDate> days = Bookable.openDays();
        String webFirst = TestIdentities.nationalId();
        book(citizen(webFirst), Bookable.booking(Bookable.slotStart(days.get(0), "APPLY", 6), "APPLY")).statusCode(201);
        book(TestTokens.bearer("operator-1", Roles.OPERATOR),
                Bookable.phoneBooking(Bookable.slotStart(days.get(0), "APPLY", 8), "APPLY", webFirst, "0912345001"))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:one-reservation-per-day"));

        String phoneFirst = TestIdentities.nationalId();
        book(TestTokens.bearer("operator-1", Roles.OPERATOR),
                Bookable.phoneBooking(Bookable.slotStart(days.get(0), "APPLY", 6), "APPLY", phoneFirst, "0912345002"))
                .statusCode(201).body("channel", equalTo("PHONE"), "callerPhone", equalTo("+886912345002"));
        book(citizen(phoneFirst), Bookable.booking(Bookable.slotStart(days.get(0), "APPLY", 9), "APPLY"))
                .statusCode(409).body("type", equalTo("urn:smartdesk:problem:one-reservation-per-day"));
        // another day is fine
        book(citizen(phoneFirst), Bookable.booking(Bookable.slotStart(days.get(1), "APPLY", 9), "APPLY")).statusCode(201);
    }

    @Test
    void aSuspendedResidentIsRefusedOnlineAndByPhoneSeesUntilWhenAndAClerkCanLiftIt() {
        String id = TestIdentities.nationalId();
        String ref = PersonsStandIn.refOf(id);
        for (int weeksAgo = 3; weeksAgo >= 1; weeksAgo--) {
            insertPast(ref, Instant.now().minus(Duration.ofDays(7L * weeksAgo)), "NO_SHOW");
        }
        Instant start = Bookable.slotStart(Bookable.openDays().get(0), "APPLY", 10);
        book(citizen(id), Bookable.booking(start, "APPLY")).statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:booking-suspended"), "detail", containsString("suspended until"));
        book(TestTokens.bearer("operator-2", Roles.OPERATOR), Bookable.phoneBooking(start, "APPLY", id, "0912345003"))
                .statusCode(403).body("type", equalTo("urn:smartdesk:problem:booking-suspended"));
        given().header("Authorization", citizen(id)).when().get("/reservations/mine")
                .then().statusCode(200).body("suspension.suspended", equalTo(true), "suspension.suspendedUntil", notNullValue(),
                        "suspension.noShows.size()", equalTo(3));

        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK)).contentType(ContentType.JSON)
                .body(Map.of("resident", Map.of("nationalId", id, "birthDate", "1980-04-02"), "reason", "Hospital stay, letter seen"))
                .when().post("/suspensions/lift").then().statusCode(200).body("suspended", equalTo(false));
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK)).contentType(ContentType.JSON)
                .body(Map.of("resident", Map.of("nationalId", id, "birthDate", "1980-04-02"), "reason", "   ab   "))
                .when().post("/suspensions/lift").then().statusCode(400).contentType("application/problem+json");
        book(citizen(id), Bookable.booking(start, "APPLY")).statusCode(201);
    }

    @Test
    void badInputsAreProblems() {
        String auth = citizen(TestIdentities.nationalId());
        LocalDate today = LocalDate.now(Bookable.TAIPEI);
        Instant past = today.minusDays(2).atTime(9, 0).atZone(Bookable.TAIPEI).toInstant();
        book(auth, Bookable.booking(past, "APPLY")).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:outside-booking-window"), "detail", containsString("in the past"));
        Instant beyond = today.plusDays(20).atTime(9, 0).atZone(Bookable.TAIPEI).toInstant();
        book(auth, Bookable.booking(beyond, "APPLY")).statusCode(422)
                .body("type", equalTo("urn:smartdesk:problem:outside-booking-window"));
        LocalDate closed = java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(today::plusDays)
                .filter(day -> !Bookable.openDays().contains(day)).findFirst().orElseThrow();
        book(auth, Bookable.booking(closed.atTime(9, 0).atZone(Bookable.TAIPEI).toInstant(), "APPLY")).statusCode(422)
                .body("type", equalTo("urn:smartdesk:problem:site-closed"));
        Instant offGrid = Bookable.slotStart(Bookable.openDays().get(0), "APPLY", 0).plusSeconds(60);
        book(auth, Bookable.booking(offGrid, "APPLY")).statusCode(422).body("type", equalTo("urn:smartdesk:problem:no-such-slot"));
        Map<String, Object> unknownSite = new HashMap<>(Bookable.booking(offGrid, "APPLY"));
        unknownSite.put("siteId", "NO-SUCH-SITE");
        book(auth, unknownSite).statusCode(404).body("type", equalTo("urn:smartdesk:problem:not-found"));
        book(auth, Map.of("siteId", "TTCSC-MAIN", "purpose", "APPLY", "serviceCodes", List.of("nope"))).statusCode(400)
                .contentType("application/problem+json");
        book(TestTokens.bearer("operator-3", Roles.OPERATOR), Bookable.booking(offGrid, "APPLY")).statusCode(400)
                .body("violations.field", hasItem("caller"));
        book("Bearer " + TestTokens.of("unverified-1", Roles.CITIZEN),
                Bookable.booking(Bookable.slotStart(Bookable.openDays().get(0), "APPLY", 1), "APPLY"))
                .statusCode(403).body("type", equalTo("urn:smartdesk:problem:identity-not-verified"));
        book(TestTokens.bearer("kiosk-1", Roles.KIOSK), Bookable.booking(offGrid, "APPLY")).statusCode(403);
        given().contentType(ContentType.JSON).body(Bookable.booking(offGrid, "APPLY")).when().post("/reservations")
                .then().statusCode(401);
    }

    @Test
    void aCitizenCannotSeeOrChangeAnothersReservation() {
        String owner = TestIdentities.nationalId();
        String other = TestIdentities.nationalId();
        String id = book(citizen(owner), Bookable.booking(Bookable.slotStart(Bookable.openDays().get(0), "APPLY", 12), "APPLY"))
                .statusCode(201).extract().path("id");
        given().header("Authorization", citizen(other)).when().get("/reservations/" + id).then().statusCode(404);
        given().header("Authorization", citizen(other)).when().get("/reservations/" + id + ".ics").then().statusCode(404);
        given().header("Authorization", citizen(other)).contentType(ContentType.JSON).body(Map.of())
                .when().post("/reservations/" + id + "/cancel").then().statusCode(404);
        given().header("Authorization", citizen(owner)).when().get("/reservations/" + id).then().statusCode(200);
    }

    @Test
    void rescheduleKeepsTheIdAndFreesTheOldPlaceAndCancelFreesTheNew() {
        String id = TestIdentities.nationalId();
        LocalDate day = Bookable.openDays().get(1);
        Instant first = Bookable.slotStart(day, "PICKUP", 2);
        Instant second = Bookable.slotStart(day, "PICKUP", 4);
        int before = Bookable.slots(day, "PICKUP").getInt("slots[2].remaining");
        String reservationId = book(citizen(id), Bookable.booking(first, "PICKUP")).statusCode(201).extract().path("id");
        assertThat(Bookable.slots(day, "PICKUP").getInt("slots[2].remaining")).isEqualTo(before - 1);
        given().header("Authorization", citizen(id)).contentType(ContentType.JSON).body(Map.of("slotStart", second.toString()))
                .when().post("/reservations/" + reservationId + "/reschedule")
                .then().statusCode(200).body("id", equalTo(reservationId), "slotStart", equalTo(second.toString()));
        assertThat(Bookable.slots(day, "PICKUP").getInt("slots[2].remaining")).isEqualTo(before);
        given().header("Authorization", TestTokens.bearer("operator-4", Roles.OPERATOR)).contentType(ContentType.JSON)
                .body(Map.of()).when().post("/reservations/" + reservationId + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        try (TopicReader reader = new TopicReader("reservation-events")) {
            assertThat(reader.await(r -> reservationId.equals(r.key()), 3, Duration.ofSeconds(20)))
                    .extracting(r -> header(r, "ce_type")).contains("tw.smartdesk.reservation.rescheduled.v1",
                            "tw.smartdesk.reservation.cancelled.v1");
        }
    }

    @Test
    void thePhoneDeskFindsReservationsByTheCallersNumber() {
        String id = TestIdentities.nationalId();
        String phone = "09" + String.valueOf(System.nanoTime()).substring(0, 8);
        book(TestTokens.bearer("operator-5", Roles.OPERATOR),
                Bookable.phoneBooking(Bookable.slotStart(Bookable.openDays().get(2), "APPLY", 3), "APPLY", id, phone)).statusCode(201);
        given().header("Authorization", TestTokens.bearer("operator-5", Roles.OPERATOR)).queryParam("phone", phone)
                .when().get("/reservations").then().statusCode(200)
                .body("size()", equalTo(1), "[0].callerPhone", equalTo("+886" + phone.substring(1)), "[0].applicantRef", equalTo(PersonsStandIn.refOf(id)));
        given().header("Authorization", TestTokens.bearer("operator-5", Roles.OPERATOR)).queryParam("phone", "12ab")
                .when().get("/reservations").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", citizen(id)).queryParam("phone", phone).when().get("/reservations").then().statusCode(403);
    }

    private void insertPast(String ref, Instant start, String status) {
        pool.preparedQuery("""
                insert into reservation (id, site_id, counter_id, applicant_ref, purpose, service_codes, agent_service, channel,
                    booked_by, booked_by_role, slot_day, slot_start, slot_end, status)
                values ($1, 'TTCSC-MAIN', '9a1c2e3f-4b5d-4e6f-8a7b-0c1d2e3f4a01', $2, 'APPLY', '{HR-001}', false, 'ONLINE',
                    'resident', 'CITIZEN', $3, $4, $5, $6)
                """).execute(Tuple.from(new Object[] {UUID.randomUUID(), ref, LocalDate.ofInstant(start, Bookable.TAIPEI),
                        OffsetDateTime.ofInstant(start, ZoneOffset.UTC), OffsetDateTime.ofInstant(start.plusSeconds(900), ZoneOffset.UTC),
                        status})).await().indefinitely();
    }

    private long count(String sql, Object... values) {
        return pool.preparedQuery(sql).execute(Tuple.from(values)).await().indefinitely().iterator().next().getLong(0);
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
