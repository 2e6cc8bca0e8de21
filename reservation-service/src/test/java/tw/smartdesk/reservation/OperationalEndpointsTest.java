package tw.smartdesk.reservation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.OperationalEndpointsContract;

/** Health, the API description and metrics, as the local stack and operations use them. */
@QuarkusTest
class OperationalEndpointsTest extends OperationalEndpointsContract {

    @Override
    protected String apiTitle() {
        return "SmartDesk reservation-service";
    }

    @Override
    protected String samplePath() {
        return "/sites/TTCSC-MAIN";
    }

    @Override
    protected String sampleRoute() {
        return "/sites/{id}";
    }

    @Override
    protected String sampleRole() {
        return Roles.CLERK;
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
}
