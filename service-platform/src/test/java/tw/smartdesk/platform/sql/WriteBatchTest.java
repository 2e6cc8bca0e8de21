package tw.smartdesk.platform.sql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.ProbeDatabase;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.probe.ProbeBatchedOrderResource;

/**
 * A write sent as one pipelined {@link WriteBatch} through {@link IdempotentRequests#executeBatched}
 * ({@link ProbeBatchedOrderResource}), on the real PostgreSQL: its statements run in order and commit together with
 * its outbox event and stored answer, or not at all; the Idempotency-Key behaves as for {@code execute}.
 */
@QuarkusTest
class WriteBatchTest {

    @Test
    void everyStatementRunsInOrderAndCommitsWithItsEventAndStoredAnswer() {
        String key = UUID.randomUUID().toString();
        String item = "batched-" + UUID.randomUUID();
        String first = order(key, item, 3, Map.of()).statusCode(201).contentType(ContentType.JSON)
                .body("quantity", equalTo(6)).extract().asString();

        // the update ran after the insert it depends on
        assertThat(ProbeDatabase.count("select quantity from probe_order where item = ?", item)).isEqualTo(6);
        assertThat(ProbeDatabase.outboxRows(UUID.fromString(idOf(first)))).isEqualTo(1);
        assertThat(ProbeDatabase.count("select count(*) from idempotent_request where idempotency_key = ?", key)).isEqualTo(1);
    }

    @Test
    void aRepeatGetsTheFirstAnswerAndWritesNothingAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String item = "batched-" + UUID.randomUUID();
        String first = order(key, item, 2, Map.of()).statusCode(201).extract().asString();

        assertThat(order(key, item, 2, Map.of()).statusCode(201).extract().asString()).isEqualTo(first);
        order(key, item, 4, Map.of()).statusCode(422).body("type", equalTo("urn:smartdesk:problem:idempotency-key-reused"));
        assertThat(orders(item)).isEqualTo(1);
    }

    @Test
    void aFailingStatementRollsBackTheStatementsSentBeforeItAndStoresNoAnswer() {
        String key = UUID.randomUUID().toString();
        String item = "batched-" + UUID.randomUUID();
        order(key, item, 1, Map.of("failing", true)).statusCode(500).contentType("application/problem+json");

        assertThat(orders(item)).isZero();
        assertThat(ProbeDatabase.count("select count(*) from idempotent_request where idempotency_key = ?", key)).isZero();
        // the key was not spent: the same request, now succeeding, writes once
        order(key, item, 1, Map.of()).statusCode(201);
        assertThat(orders(item)).isEqualTo(1);
    }

    @Test
    void aRefusalOfTheCheckStepWritesNothing() {
        String item = "batched-" + UUID.randomUUID();
        order(UUID.randomUUID().toString(), item, 13, Map.of()).statusCode(422).body("type", equalTo("urn:smartdesk:problem:unlucky"));
        assertThat(orders(item)).isZero();
    }

    /**
     * Two requests with one key at once: the answer is stored last in the batch, so the one that stores it second
     * (here the first, held in its transaction before that point) is refused by the key's unique index with 409, and
     * its order rolls back with it.
     */
    @Test
    void ofTwoRacingRequestsWithOneKeyOnlyOneWritesAndTheOtherGets409() throws Exception {
        String key = UUID.randomUUID().toString();
        String item = "batched-" + UUID.randomUUID();
        CompletableFuture<ValidatableResponse> held = CompletableFuture.supplyAsync(() -> order(key, item, 1, Map.of("holdMillis", 2000)));
        // the held request is inside its transaction, its answer not yet stored
        await().atMost(Duration.ofSeconds(10)).until(() -> ProbeDatabase.count("select count(*) from pg_stat_activity"
                + " where state = 'active' and query = 'select pg_sleep($1)'") > 0);

        order(key, item, 1, Map.of()).statusCode(201);

        held.get(20, TimeUnit.SECONDS).statusCode(409).body("type", equalTo("urn:smartdesk:problem:idempotency-key-in-use"));
        assertThat(orders(item)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestWrites() {
        String item = "batched-" + UUID.randomUUID();
        order(null, item, 1, Map.of()).statusCode(201);
        order(null, item, 1, Map.of()).statusCode(201);
        assertThat(orders(item)).isEqualTo(2);
    }

    private static ValidatableResponse order(String key, String item, int quantity, Map<String, ?> query) {
        var request = given().contentType(ContentType.JSON).body("{\"item\":\"%s\",\"quantity\":%d}".formatted(item, quantity));
        if (key != null) {
            request.header(IdempotentRequests.HEADER, key);
        }
        return request.queryParams(query).when().post("/probe/batched-orders").then();
    }

    private static String idOf(String answer) {
        return JsonPath.from(answer).getString("id");
    }

    private static long orders(String item) {
        return ProbeDatabase.count("select count(*) from probe_order where item = ?", item);
    }
}
