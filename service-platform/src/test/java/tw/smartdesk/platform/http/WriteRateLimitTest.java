package tw.smartdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * Writes are limited per caller (token subject, else client address): here a bucket of three writes refilled
 * at one a minute, so the fourth write in a row is refused with 429 and a {@code Retry-After} of up to a minute.
 * Each test writes as its own fresh subject, so no test uses up another's bucket.
 */
@QuarkusTest
@TestProfile(WriteRateLimitTest.ThreeWrites.class)
class WriteRateLimitTest {

    private static final String ORDER = "{\"item\":\"stamp\",\"quantity\":1}";

    /** Three writes at once, then one a minute. */
    public static class ThreeWrites implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("smartdesk.rate-limit.burst", "3", "smartdesk.rate-limit.writes-per-minute", "1");
        }
    }

    @Inject
    MeterRegistry meters;

    private static RequestSpecification as(String subject) {
        return given().header("Authorization", TestTokens.bearer(subject, Roles.ADMIN));
    }

    private static Response order(RequestSpecification caller) {
        return caller.contentType(ContentType.JSON).body(ORDER).when().post("/probe/orders");
    }

    /** A fresh subject that has written its burst and been refused once. */
    private static String exhausted(String prefix) {
        String subject = prefix + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            order(as(subject)).then().statusCode(201);
        }
        order(as(subject)).then().statusCode(429);
        return subject;
    }

    @Test
    void theWriteOverTheBurstIs429WithRetryAfterAndIsNotRun() {
        String subject = "writer-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            order(as(subject)).then().statusCode(201);
        }
        Response refused = order(as(subject));
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:too-many-requests"), "status", equalTo(429),
                        "instance", equalTo("/probe/orders"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        as(subject).contentType(ContentType.JSON).body("{}").when().post("/admin/outbox/parked/retry")
                .then().statusCode(429);
    }

    @Test
    void readsAreNeverLimited() {
        String subject = exhausted("reader-");
        for (int i = 0; i < 10; i++) {
            as(subject).when().get("/admin/outbox/parked").then().statusCode(200);
        }
    }

    @Test
    void eachSubjectHasItsOwnBucket() {
        String spender = exhausted("spender-");
        order(as("saver-" + UUID.randomUUID())).then().statusCode(201);
    }

    /** Without a valid token the client address is the caller; a forged token spends the address's bucket, not its subject's. */
    @Test
    void callersWithoutAValidTokenShareTheirAddresssBucketAndRefusalsAreCounted() {
        double before = meters.counter(RefusedRequests.METRIC, "reason", RefusedRequests.TOO_MANY_REQUESTS).count();
        for (int i = 0; i < 3; i++) {
            order(given()).then().statusCode(201);
        }
        // a minute for the next token, less the time the writes above took (rounded up to whole seconds)
        assertThat(Long.parseLong(order(given()).then().statusCode(429).extract().header("Retry-After"))).isBetween(50L, 60L);
        order(given().header("Authorization", "Bearer not-a-token")).then().statusCode(429);
        order(as("victim-" + UUID.randomUUID())).then().statusCode(201);
        assertThat(meters.counter(RefusedRequests.METRIC, "reason", RefusedRequests.TOO_MANY_REQUESTS).count())
                .isEqualTo(before + 2);
    }
}
