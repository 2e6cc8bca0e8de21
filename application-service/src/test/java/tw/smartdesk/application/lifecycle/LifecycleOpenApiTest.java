package tw.smartdesk.application.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published contract of the lifecycle endpoints: a summary, and problem+json for every failure they can answer. */
@QuarkusTest
class LifecycleOpenApiTest {

    private static final Map<String, List<String>> FAILURES = Map.of(
            "/applications/{id}/accept", List.of("401", "403", "404", "409"),
            "/applications/{id}/request-supplement", List.of("400", "401", "403", "404", "409"),
            "/applications/{id}/supplement", List.of("400", "401", "403", "404", "409"),
            "/applications/{id}/reject", List.of("400", "401", "403", "404", "409"),
            "/applications/{id}/cancel", List.of("400", "401", "403", "404", "409"),
            "/applications/{id}/ready", List.of("400", "401", "403", "404", "409", "422"),
            "/applications/{id}/complete", List.of("401", "403", "404", "409"),
            "/applications/{id}/feedback", List.of("400", "401", "403", "404", "409"),
            "/submissions/{submissionId}/ready", List.of("400", "401", "403", "404", "409", "422"));

    @Test
    void everyWorkflowStepDocumentsItsProblems() {
        JsonPath spec = JsonPath.from(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
        FAILURES.forEach((path, statuses) -> {
            String operation = "paths.'" + path + "'.post";
            assertThat(spec.getString(operation + ".summary")).as(path).isNotBlank();
            for (String status : statuses) {
                assertThat(spec.getMap(operation + ".responses.'" + status + "'.content")).as(path + " " + status)
                        .containsKey("application/problem+json");
            }
        });
        for (String path : List.of("/applications", "/applications/mine", "/applications/{id}/timeline")) {
            assertThat(spec.getString("paths.'" + path + "'.get.summary")).as(path).isNotBlank();
        }
    }
}
