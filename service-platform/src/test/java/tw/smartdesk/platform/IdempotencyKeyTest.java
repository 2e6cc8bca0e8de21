package tw.smartdesk.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.http.IdempotentRequests;

/** An HTTP write with an Idempotency-Key runs once; a repeat gets the first response back. */
@QuarkusTest
class IdempotencyKeyTest {

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

    @Test
    void withoutAKeyEveryRequestWrites() {
        String item = "item-" + UUID.randomUUID();
        order(null, item, 1).statusCode(201);
        order(null, item, 1).statusCode(201);
        assertThat(orders(item)).isEqualTo(2);
    }

    private static ValidatableResponse order(String key, String item, int quantity) {
        var request = given().contentType(ContentType.JSON)
                .body("{\"item\":\"%s\",\"quantity\":%d}".formatted(item, quantity));
        if (key != null) {
            request.header(IdempotentRequests.HEADER, key);
        }
        return request.when().post("/probe/orders").then();
    }

    private static long orders(String item) {
        return ProbeDatabase.count("select count(*) from probe_order where item = ?", item);
    }
}
