package tw.smartdesk.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/**
 * What every SmartDesk service serves to operations and to the local stack: readiness with its
 * database and broker, an OpenAPI document under its own title, and Prometheus metrics that count
 * HTTP requests per route. A service's {@code @QuarkusTest} extends this and names one of its routes.
 * Tests run with the test profile, which keeps these on the HTTP port; the packaged service (prod profile)
 * serves them on its management port only, which system-tests' {@code SystemScenarios} check.
 */
public abstract class OperationalEndpointsContract {

    /** The OpenAPI title, e.g. {@code SmartDesk reservation-service}. */
    protected abstract String apiTitle();

    /** A GET that answers 200 for {@link #sampleRole()}, e.g. {@code /sites/TTCSC-MAIN}. */
    protected abstract String samplePath();

    /** The route template the metrics should name for {@link #samplePath()}, e.g. {@code /sites/{id}}. */
    protected abstract String sampleRoute();

    protected abstract String sampleRole();

    @Test
    void readinessIsUpWithTheDatabaseAndBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theOpenApiDocumentCarriesTheServiceTitle() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200).body("info.title", equalTo(apiTitle()));
    }

    @Test
    void metricsAreServedInPrometheusFormatIncludingHttpRequests() {
        given().header("Authorization", TestTokens.bearer(sampleRole() + "-metrics", sampleRole()))
                .when().get(samplePath()).then().statusCode(200);

        given().accept("text/plain")
                .when().get("/q/metrics")
                .then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"),
                        containsString("http_server_requests_seconds_count"),
                        containsString("uri=\"" + sampleRoute() + "\""));
    }
}
