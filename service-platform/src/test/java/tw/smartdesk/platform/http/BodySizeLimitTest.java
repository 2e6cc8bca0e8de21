package tw.smartdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A request body over the platform's limit (256 KB by default) is refused with 413 problem+json, whether
 * the client announces its length ({@code Content-Length}) or streams it ({@code Transfer-Encoding: chunked});
 * a body just under it goes through.
 */
@QuarkusTest
class BodySizeLimitTest {

    private static final int LIMIT = 256 * 1024;

    @Inject
    MeterRegistry meters;

    @TestHTTPResource("/probe/orders")
    URI orders;

    /** A valid order padded with whitespace (still valid JSON) to {@code bytes} bytes. */
    private static byte[] orderOf(int bytes) {
        String order = "{\"item\":\"stamp\",\"quantity\":1}";
        return (order + " ".repeat(bytes - order.length())).getBytes(StandardCharsets.UTF_8);
    }

    private double refused() {
        return meters.counter(RefusedRequests.METRIC, "reason", RefusedRequests.PAYLOAD_TOO_LARGE).count();
    }

    @Test
    void aBodyOverTheLimitWithItsLengthAnnouncedIs413Problem() {
        double before = refused();
        given().contentType(ContentType.JSON).body(orderOf(LIMIT + 1))
                .when().post("/probe/orders")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:payload-too-large"), "status", equalTo(413),
                        "instance", equalTo("/probe/orders"));
        assertThat(refused()).isEqualTo(before + 1);
    }

    /** REST Assured buffers a stream and sends its length: the JDK client streams it with {@code Transfer-Encoding: chunked}. */
    @Test
    void aChunkedBodyOverTheLimitIs413Problem() throws Exception {
        HttpResponse<String> response = postChunked(orderOf(LIMIT + 64 * 1024));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonPath problem = JsonPath.from(response.body());
        assertThat(problem.getString("type")).isEqualTo("urn:smartdesk:problem:payload-too-large");
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getString("instance")).isEqualTo("/probe/orders");
    }

    @Test
    void aChunkedBodyAtTheLimitGoesThrough() throws Exception {
        assertThat(postChunked(orderOf(LIMIT)).statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> postChunked(byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(orders).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyAtTheLimitGoesThrough() {
        given().contentType(ContentType.JSON).body(orderOf(LIMIT))
                .when().post("/probe/orders")
                .then().statusCode(201);
    }
}
