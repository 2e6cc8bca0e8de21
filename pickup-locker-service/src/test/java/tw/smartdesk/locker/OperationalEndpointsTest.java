package tw.smartdesk.locker;

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

    private static final String LOCKERS = "/sites/{siteId}/lockers";

    @Override
    protected String apiTitle() {
        return "SmartDesk pickup-locker-service";
    }

    @Override
    protected String samplePath() {
        return "/sites/TTCSC-MAIN/lockers";
    }

    @Override
    protected String sampleRoute() {
        return LOCKERS;
    }

    @Override
    protected String sampleRole() {
        return Roles.CLERK;
    }

    @Test
    void theOpenApiDocumentDescribesTheLockerEndpointAndItsProblems() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("SmartDesk pickup-locker-service"),
                        "paths", hasKey(LOCKERS),
                        "paths.'" + LOCKERS + "'.get.tags", equalTo(List.of("Lockers")),
                        "paths.'" + LOCKERS + "'.get.responses.'404'.content", hasKey("application/problem+json"),
                        "paths.'" + LOCKERS + "'.get.responses.'401'.content", hasKey("application/problem+json"),
                        "components.schemas.LocalizedText.properties", hasKey("zh-TW"));
    }
}
