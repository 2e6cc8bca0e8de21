package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published contract of filing and erasure: summaries, problem+json for every failure, no full ID in answers. */
@QuarkusTest
class FilingOpenApiTest {

    private static JsonPath spec() {
        return JsonPath.from(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void filingAndErasureDocumentTheirAnswers() {
        JsonPath spec = spec();
        assertProblems(spec, "paths.'/applications'.post", List.of("400", "401", "403", "404", "409", "422"));
        assertThat(spec.getString("paths.'/applications'.post.responses.'201'.content.'application/json'.schema.$ref"))
                .endsWith("/Submission");
        assertProblems(spec, "paths.'/applicants/{applicantRef}'.delete", List.of("401", "403", "404"));
        assertThat(spec.getMap("paths.'/applicants/{applicantRef}'.delete.responses")).containsKey("204");
    }

    @Test
    void theRequestNamesTheApplicantAndTheAnswerOnlyMaskedValues() {
        JsonPath spec = spec();
        assertThat(spec.getMap("components.schemas.SubmitApplicationRequest.properties"))
                .containsKeys("channel", "applicant", "services", "proxy", "pickup").doesNotContainKey("onBehalfOf");
        assertThat(spec.getMap("components.schemas.ApplicantDetails.properties")).containsKeys("nationalId", "birthDate");
        assertThat(spec.getMap("components.schemas.ApplicantSummary.properties"))
                .containsKeys("applicantRef", "maskedNationalId", "maskedName").doesNotContainKey("nationalId");
        assertThat(spec.getMap("components.schemas.ProxySummary.properties")).doesNotContainKeys("nationalId", "name");
    }

    /** The applicant's pseudonym is documented as what only staff get, wherever an answer can carry it. */
    @Test
    void theApplicantRefIsDocumentedAsStaffOnly() {
        JsonPath spec = spec();
        assertThat(spec.getString("components.schemas.ApplicantSummary.properties.applicantRef.description"))
                .contains("Staff only").contains("citizen");
        assertThat(spec.getString("components.schemas.Submission.properties.applicant.description"))
                .contains("staff").contains("citizen");
        assertThat(spec.getString("components.schemas.ApplicationView.properties.applicant.description"))
                .contains("Staff only").contains("citizens");
    }

    private static void assertProblems(JsonPath spec, String operation, List<String> statuses) {
        assertThat(spec.getString(operation + ".summary")).as(operation).isNotBlank();
        for (String status : statuses) {
            assertThat(spec.getMap(operation + ".responses.'" + status + "'.content")).as(operation + " " + status)
                    .containsKey("application/problem+json");
        }
    }
}
