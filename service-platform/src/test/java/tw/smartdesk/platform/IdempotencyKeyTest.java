package tw.smartdesk.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.http.IdempotentRequests;

/**
 * An HTTP write with an Idempotency-Key runs once; a repeat gets the first response back. Erasure
 * can forget stored answers by the applicant they mention (through an index) or by the caller they belong to.
 */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    Mutiny.SessionFactory sessionFactory;

    @Test
    void aRepeatReturnsTheFirstResponseAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        String item = "item-" + UUID.randomUUID();
        String first = order(key, item, 2).statusCode(201).contentType(ContentType.JSON).extract().asString();
        String again = order(key, item, 2).statusCode(201).contentType(ContentType.JSON).extract().asString();

        assertThat(again).isEqualTo(first).contains(item);
        assertThat(orders(item)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String item = "item-" + UUID.randomUUID();
        order(key, item, 2).statusCode(201);

        order(key, item, 3).statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422), "type", equalTo("urn:smartdesk:problem:idempotency-key-reused"));
        assertThat(orders(item)).isEqualTo(1);
    }

    @Test
    void anInvalidKeyIsA400AndWritesNothing() {
        String item = "item-" + UUID.randomUUID();
        order("has spaces", item, 1).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:validation"),
                        "violations[0].field", equalTo(IdempotentRequests.HEADER));
        order("k".repeat(256), item, 1).statusCode(400).contentType("application/problem+json");
        assertThat(orders(item)).isZero();
    }

    /**
     * Four times as many writes at once as the pool has connections (10): each must get its answer. Looking the key up
     * inside the write's transaction would make every transaction wait for a second connection of the same pool.
     */
    @Test
    void moreConcurrentKeyedWritesThanPooledConnectionsAllFinish() throws Exception {
        String item = "item-" + UUID.randomUUID();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                            + "/probe/orders"))
                    .header("Content-Type", "application/json").header(IdempotentRequests.HEADER, UUID.randomUUID().toString())
                    .timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"item\":\"%s\",\"quantity\":1}".formatted(item)))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.join().statusCode()).isEqualTo(201));
        assertThat(orders(item)).isEqualTo(40);
    }

    @Test
    void aCommittedReadInsideATransactionFailsAtOnce() {
        given().when().get("/probe/committed-read-in-transaction").then().statusCode(500);
    }

    @Test
    void withoutAKeyEveryRequestWrites() {
        String item = "item-" + UUID.randomUUID();
        order(null, item, 1).statusCode(201);
        order(null, item, 1).statusCode(201);
        assertThat(orders(item)).isEqualTo(2);
    }

    @Test
    void forgettingTheResponsesMentioningAnApplicantDeletesOnlyThoseAndTheirKeysWriteAgain() {
        String key = UUID.randomUUID().toString();
        String erased = "R-" + UUID.randomUUID();
        String other = "R-" + UUID.randomUUID();
        String item = "item-" + UUID.randomUUID();
        orderFor(key, item, erased).statusCode(201);
        // the erased reference as mere text, and under another field name, is not a mention
        orderFor(UUID.randomUUID().toString(), item + " for " + erased, other).statusCode(201);
        order(UUID.randomUUID().toString(), erased, 1).statusCode(201);

        assertThat(forget("/probe/idempotency/responses", "mentioning", erased)).isEqualTo(1);

        assertThat(mentioning(erased)).isZero();
        assertThat(mentioning(other)).isEqualTo(1);
        assertThat(storedResponsesContaining(erased)).isEqualTo(2);
        orderFor(key, item, erased).statusCode(201);
        assertThat(orders(item)).isEqualTo(2);
    }

    @Test
    void everyApplicantRefOfAStoredAnswerIsAMentionAndNullIsNone() {
        String ref = "R-" + UUID.randomUUID();
        orderFor(UUID.randomUUID().toString(), "item-" + UUID.randomUUID(), ref).statusCode(201);
        String item = "item-" + UUID.randomUUID();
        order(UUID.randomUUID().toString(), item, 1).statusCode(201);

        assertThat(ProbeDatabase.query("select mentions::text from idempotent_request where strpos(response_body, ?) > 0",
                rows -> rows.getString(1), ref)).containsExactly("{" + ref + "}");
        assertThat(ProbeDatabase.query("select mentions::text from idempotent_request where strpos(response_body, ?) > 0",
                rows -> rows.getString(1), item)).containsExactly("{}");
    }

    /** The forgetting statement is an index probe: with sequential scans off it must still find a plan through the index. */
    @Test
    void forgettingResponsesUsesTheMentionsIndex() throws SQLException {
        try (Connection connection = ProbeDatabase.connect()) {
            connection.createStatement().execute("set enable_seqscan = off");
            // the statement of IdempotentRequests.forgetResponsesMentioning
            PreparedStatement explain = connection.prepareStatement(
                    "explain delete from idempotent_request where mentions @> array[cast(? as text)]");
            explain.setString(1, "R-" + UUID.randomUUID());
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).contains("Index Scan on idempotent_request_mentions").doesNotContain("Seq Scan");
        }
    }

    /**
     * Looking a key up must not add a query plan per request: as a native select with a result class it did
     * (Hibernate stored a new plan under the same hash every time, see CommittedReads).
     */
    @Test
    void requestsWithKeysAddNoQueryPlansOnceWarm() {
        String item = "item-" + UUID.randomUUID();
        order(UUID.randomUUID().toString(), item, 1).statusCode(201);
        long misses = sessionFactory.getStatistics().getQueryPlanCacheMissCount();

        for (int i = 0; i < 20; i++) {
            order(UUID.randomUUID().toString(), item, 1).statusCode(201);
        }

        assertThat(sessionFactory.getStatistics().getQueryPlanCacheMissCount() - misses).as("plans made for 20 requests")
                .isLessThan(3);
    }

    @Test
    void aBlankApplicantRefIsRefusedRatherThanForgettingAnything() {
        IdempotentRequests requests = new IdempotentRequests(new ObjectMapper(), null, null, null, null);
        assertThatThrownBy(() -> requests.forgetResponsesMentioning(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> requests.forgetResponsesMentioning(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forgettingTheScopesOfASubjectDeletesEveryAnswerItGotAndNoOtherCallers() {
        String subject = "citizen-" + UUID.randomUUID();
        String lookalike = subject + "0";
        String item = "item-" + UUID.randomUUID();
        order(UUID.randomUUID().toString(), item, 1, subject).statusCode(201);
        order(UUID.randomUUID().toString(), item, 2, subject).statusCode(201);
        order(UUID.randomUUID().toString(), item, 3, lookalike).statusCode(201);
        order(UUID.randomUUID().toString(), item, 4).statusCode(201);

        assertThat(forget("/probe/idempotency/scopes", "subject", subject)).isEqualTo(2);

        assertThat(scopes(subject)).isZero();
        assertThat(scopes(lookalike)).isEqualTo(1);
        assertThat(storedResponsesContaining(item)).isEqualTo(2);
    }

    @Test
    void aBlankSubjectIsRefusedRatherThanForgettingEveryone() {
        IdempotentRequests requests = new IdempotentRequests(new ObjectMapper(), null, null, null, null);
        assertThatThrownBy(() -> requests.forgetScopesOf(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> requests.forgetScopesOf(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ValidatableResponse order(String key, String item, int quantity) {
        return order(key, item, quantity, null);
    }

    private static ValidatableResponse order(String key, String item, int quantity, String subject) {
        return order(key, "{\"item\":\"%s\",\"quantity\":%d}".formatted(item, quantity), subject);
    }

    private static ValidatableResponse orderFor(String key, String item, String applicantRef) {
        return order(key, "{\"item\":\"%s\",\"quantity\":1,\"applicantRef\":\"%s\"}".formatted(item, applicantRef), null);
    }

    private static ValidatableResponse order(String key, String body, String subject) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header(IdempotentRequests.HEADER, key);
        }
        if (subject != null) {
            request.queryParam("subject", subject);
        }
        return request.when().post("/probe/orders").then();
    }

    private static int forget(String path, String parameter, String value) {
        return given().queryParam(parameter, value).when().delete(path).then().statusCode(200).extract().path("rows");
    }

    private static long storedResponsesContaining(String text) {
        return ProbeDatabase.count("select count(*) from idempotent_request where strpos(response_body, ?) > 0", text);
    }

    private static long mentioning(String applicantRef) {
        return ProbeDatabase.count("select count(*) from idempotent_request where ? = any(mentions)", applicantRef);
    }

    private static long scopes(String subject) {
        return ProbeDatabase.count("select count(*) from idempotent_request where scope = ?", subject + " POST /probe/orders");
    }

    private static long orders(String item) {
        return ProbeDatabase.count("select count(*) from probe_order where item = ?", item);
    }
}
