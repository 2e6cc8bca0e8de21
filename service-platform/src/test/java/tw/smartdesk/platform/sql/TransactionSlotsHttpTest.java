package tw.smartdesk.platform.sql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One write transaction at a time and none waiting: a write arriving while one runs is shed with 503. */
@QuarkusTest
@TestProfile(TransactionSlotsHttpTest.OneAtATimeNoneWaiting.class)
class TransactionSlotsHttpTest {

    @Inject
    MeterRegistry meters;

    private static final String ORDER = "{\"item\":\"stamp\",\"quantity\":1}";

    public static class OneAtATimeNoneWaiting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("smartdesk.db.transaction-slots.running", "1", "smartdesk.db.transaction-slots.waiting", "0");
        }
    }

    @Test
    void aWriteArrivingWhenEverySlotIsTakenAndNoneMayWaitIsRefusedWith503AndRetryAfter() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/probe/orders?holdMillis=2000"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString(ORDER)).build(),
                HttpResponse.BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> meters.get("smartdesk.db.transactions.running").gauge().value() == 1);

        given().contentType(ContentType.JSON).body(ORDER).when().post("/probe/orders")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1")
                .body("type", equalTo("urn:smartdesk:problem:service-busy"), "status", equalTo(503));

        assertThat(slow.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        given().contentType(ContentType.JSON).body(ORDER).when().post("/probe/orders").then().statusCode(201);
    }
}
