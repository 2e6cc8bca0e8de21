package tw.smartdesk.notification;

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
        return "SmartDesk notification-service";
    }

    @Override
    protected String samplePath() {
        return "/templates";
    }

    @Override
    protected String sampleRoute() {
        return "/templates";
    }

    @Override
    protected String sampleRole() {
        return Roles.CLERK;
    }

    @Test
    void theOpenApiDocumentDescribesTheTemplateEndpointsAndTheirProblems() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("SmartDesk notification-service"),
                        "paths", hasKey("/templates"),
                        "paths.'/templates'.get.tags", equalTo(List.of("Templates")),
                        "paths.'/templates'.get.responses.'401'.content", hasKey("application/problem+json"),
                        "paths.'/templates/{key}'.get.responses.'404'.content", hasKey("application/problem+json"));
    }
}
