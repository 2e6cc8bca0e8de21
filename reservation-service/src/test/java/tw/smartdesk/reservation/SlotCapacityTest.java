package tw.smartdesk.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestIdentities;
import tw.smartdesk.testsupport.TestTokens;

/**
 * Never double-booked: hundreds of residents book one slot at the same moment; exactly as many as it has places
 * succeed, every other gets 409 problem+json, and no counter's slot holds more reservations than places.
 */
@QuarkusTest
class SlotCapacityTest {

    private static final int ATTEMPTS = 300;
    private static final String OVER_CAPACITY = """
            select r.counter_id, r.slot_start, count(*) as held, max(c.slot_capacity) as capacity
            from reservation r join counter c on c.id = r.counter_id
            where r.status in ('OFFERED', 'BOOKED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW')
            group by r.counter_id, r.slot_start having count(*) > max(c.slot_capacity)
            """;

    @Inject
    Pool pool;

    @TestHTTPResource("/reservations")
    URI reservations;

    @Test
    void hundredsOfParallelBookingsOfOneSlotFillExactlyItsPlaces() {
        LocalDate day = Bookable.openDays().get(2);
        Instant start = Bookable.slotStart(day, "PICKUP", 20);
        int places = Bookable.slots(day, "PICKUP").getInt("slots[20].remaining");
        assertThat(places).isPositive();

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = new JsonObject(Bookable.booking(start, "PICKUP")).encode();
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            requests.add(HttpRequest.newBuilder(reservations).header("Content-Type", "application/json")
                    .header("Authorization", PersonsStandIn.verifiedCitizen("crowd-" + i, TestIdentities.nationalId()))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        List<CompletableFuture<HttpResponse<String>>> sent = requests.stream()
                .map(request -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();
        List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus).containsOnlyKeys(201, 409).containsEntry(201, (long) places)
                .containsEntry(409, (long) ATTEMPTS - places);
        answers.stream().filter(answer -> answer.statusCode() == 409).forEach(answer -> {
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(new JsonObject(answer.body()).getString("type")).isEqualTo("urn:smartdesk:problem:slot-full");
        });
        assertThat(pool.preparedQuery(OVER_CAPACITY).execute().await().indefinitely().size()).isZero();
        assertThat(pool.preparedQuery("select sum(taken) from slot_load where slot_start = $1")
                .execute(Tuple.of(OffsetDateTime.ofInstant(start, ZoneOffset.UTC))).await().indefinitely()
                .iterator().next().getLong(0)).isEqualTo(places);
        assertThat(Bookable.slots(day, "PICKUP").getInt("slots[20].remaining")).isZero();

        // a full slot takes waitlist places, and refuses them while it has room
        given().header("Authorization", PersonsStandIn.verifiedCitizen("late-1", TestIdentities.nationalId()))
                .contentType(ContentType.JSON).body(Bookable.booking(start, "PICKUP"))
                .when().post("/waitlist").then().statusCode(201);
        given().header("Authorization", TestTokens.bearer("admin-1", Roles.ADMIN)).when().get("/holidays?year=2027")
                .then().statusCode(200);
    }
}
