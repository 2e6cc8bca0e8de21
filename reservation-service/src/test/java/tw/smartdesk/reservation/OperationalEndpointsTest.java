package tw.smartdesk.reservation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/** Health, the API description and metrics, as the local stack and operations use them. */
@QuarkusTest
class OperationalEndpointsTest {

    @Test
    void readinessIsUpWithTheDatabaseAndBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theOpenApiDocumentDescribesTheSiteEndpointsAndTheirProblems() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("SmartDesk reservation-service"),
                        "paths", hasKey("/sites"),
                        "paths.'/sites/{id}'.get.tags", equalTo(List.of("Sites")),
                        "paths.'/sites/{id}'.get.responses.'404'.content", hasKey("application/problem+json"),
                        "paths.'/sites/{id}'.get.responses.'401'.content", hasKey("application/problem+json"),
                        "components.schemas.LocalizedText.properties", hasKey("zh-TW"));
    }

    @Test
    void metricsAreServedInPrometheusFormatIncludingHttpRequests() {
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK))
                .when().get("/sites/TTCSC-MAIN").then().statusCode(200);

        given().accept("text/plain")
                .when().get("/q/metrics")
                .then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"),
                        containsString("http_server_requests_seconds_count"),
                        containsString("uri=\"/sites/{id}\""));
    }
}
