package tw.smartdesk.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every failure answers application/problem+json, with no class name or stack trace. */
@QuarkusTest
class ProblemMappersTest {

    @Test
    void anUnknownPathIsA404Problem() {
        given().when().get("/no-such-path")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404), "type", equalTo("urn:smartdesk:problem:not-found"),
                        "instance", equalTo("/no-such-path"));
        given().when().get("/probe/no-such-path")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void anUnexpectedExceptionIsA500ProblemThatGivesNothingAway() {
        String body = given().when().get("/probe/boom")
                .then().statusCode(500).contentType("application/problem+json")
                .body("status", equalTo(500), "type", equalTo("urn:smartdesk:problem:internal"),
                        "instance", equalTo("/probe/boom"))
                .extract().asString();
        assertThat(body).doesNotContain("IllegalStateException", "java.", "probe secret", "postgres://", "\tat ", "Exception");
    }

    @Test
    void anUnreadableOrInvalidBodyIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"item\": ")
                .when().post("/probe/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:unreadable-body"));
        given().contentType(ContentType.JSON).body("{\"item\":\"\",\"quantity\":0}")
                .when().post("/probe/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("quantity"), "violations.field", hasItem("item"));
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().when().delete("/probe/boom")
                .then().statusCode(405).contentType("application/problem+json").body("status", equalTo(405));
    }
}
