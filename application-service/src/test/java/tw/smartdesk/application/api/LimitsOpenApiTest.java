package tw.smartdesk.application.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published spec documents the limits: 413 and 429 on every write, bounded integer paging on every list. */
@QuarkusTest
class LimitsOpenApiTest {

    private static JsonPath spec() {
        return JsonPath.from(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void everyWriteDocuments413And429And503WithRetryAfter() {
        JsonPath spec = spec();
        for (String operation : List.of("paths.'/applications'.post", "paths.'/applications/{id}/accept'.post",
                "paths.'/applicants/{applicantRef}'.delete", "paths.'/services/{code}'.put")) {
            for (String status : List.of("413", "429", "503")) {
                assertThat(spec.getMap(operation + ".responses.'" + status + "'.content")).as(operation + " " + status)
                        .containsKey("application/problem+json");
            }
            assertThat(spec.getMap(operation + ".responses.'429'.headers")).as(operation).containsKey("Retry-After");
            assertThat(spec.getMap(operation + ".responses.'503'.headers")).as(operation).containsKey("Retry-After");
        }
        assertThat(spec.getMap("paths.'/applications'.get.responses")).doesNotContainKeys("413", "429", "503");
    }

    @Test
    void pagingParametersAreBoundedIntegers() {
        JsonPath spec = spec();
        for (String list : List.of("/applications", "/applications/mine", "/services")) {
            List<Map<String, Object>> parameters = spec.getList("paths.'" + list + "'.get.parameters");
            Map<String, Object> page = parameters.stream().filter(p -> "page".equals(p.get("name"))).findFirst().orElseThrow();
            assertThat(page.get("schema")).as(list).isEqualTo(Map.of("type", "integer", "minimum", 0, "maximum", 10000));
            Map<String, Object> size = parameters.stream().filter(p -> "size".equals(p.get("name"))).findFirst().orElseThrow();
            assertThat(size.get("schema")).as(list).isEqualTo(Map.of("type", "integer", "minimum", 1, "maximum", 100));
        }
    }
}
