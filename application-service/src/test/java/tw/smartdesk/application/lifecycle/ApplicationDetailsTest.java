package tw.smartdesk.application.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static tw.smartdesk.application.lifecycle.Filings.filing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestIdentities;
import tw.smartdesk.testsupport.TestTokens;

/**
 * GET /applications/{id}: the catalogue version it was filed under for everyone who may see it; the
 * form values for its owner and staff; who applied (masked) for staff only.
 */
@QuarkusTest
class ApplicationDetailsTest {

    private static ValidatableResponse get(String subject, String role, String id) {
        return given().header("Authorization", TestTokens.bearer(subject, role)).when().get("/applications/" + id).then();
    }

    private static String masked(String nationalId) {
        return nationalId.charAt(0) + "*******" + nationalId.substring(8);
    }

    @Test
    void staffSeeWhatWasAppliedForAndWhoMaskedAndTheVersionResolvesInTheCatalogue() {
        Filings filing = filing();
        JsonPath filed = filing.file();
        String id = filed.getString("applications[0].id");
        String ref = StoredApplications.applicantRefOf(UUID.fromString(id));
        assertThat(ref).startsWith("APL-");
        int version = Integer.parseInt(Database.value("select service_version from application where id = ?::uuid", id));

        for (String role : List.of(Roles.CLERK, Roles.OPERATOR, Roles.ADMIN)) {
            String body = get(role + "-" + UUID.randomUUID(), role, id).statusCode(200)
                    .body("serviceCode", equalTo("HR-001"), "serviceVersion", equalTo(version),
                            "form", equalTo(Map.of("scope", "FULL", "copies", "2")),
                            "applicant.applicantRef", equalTo(ref),
                            "applicant.maskedNationalId", equalTo(masked(filing.nationalId)),
                            "applicant.maskedName", equalTo("林*玲"))
                    .body("$", not(hasKey("proxy")))
                    .extract().asString();
            assertThat(body).as(role).doesNotContain(filing.nationalId, filing.name);
        }
        given().header("Authorization", TestTokens.bearer("citizen-" + UUID.randomUUID(), Roles.CITIZEN))
                .when().get("/services/HR-001/versions/" + version)
                .then().statusCode(200).body("code", equalTo("HR-001"), "version", equalTo(version), "nameZh", notNullValue());
    }

    @Test
    void theOwnerSeesTheirFormValuesButNoOneElseSeesAnything() {
        Filings filing = filing().fields(Map.of("scope", "PARTIAL"));
        String id = filing.file().getString("applications[0].id");

        String body = get(filing.owner(), Roles.CITIZEN, id).statusCode(200)
                .body("form", equalTo(Map.of("scope", "PARTIAL")), "serviceVersion", notNullValue())
                .body("$", not(hasKey("applicant")))
                .extract().asString();
        assertThat(body).doesNotContain(filing.nationalId, masked(filing.nationalId), "林*玲");
        get("citizen-" + UUID.randomUUID(), Roles.CITIZEN, id).statusCode(404).contentType("application/problem+json")
                .body("$", not(hasKey("form")));
        given().header("Authorization", TestTokens.bearer(filing.owner(), Roles.CITIZEN)).when().get("/applications/mine")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(id)), "items[0].serviceVersion", notNullValue(),
                        "items", everyItem(not(hasKey("form"))));
    }

    @Test
    void staffSeeTheProxyWhoFiledAtTheCounterMasked() {
        String proxyId = TestIdentities.nationalId();
        Filings filing = filing().atTheCounterByProxy("張大同", proxyId);
        String id = filing.file().getString("applications[0].id");

        String body = get("clerk-" + UUID.randomUUID(), Roles.CLERK, id).statusCode(200)
                .body("channel", equalTo("COUNTER"), "applicant.maskedName", equalTo("林*玲"),
                        "proxy.maskedName", equalTo("張*同"), "proxy.relationship", equalTo("配偶"),
                        "proxy.maskedNationalId", equalTo(masked(proxyId)), "proxy.authorisationLetterRef", notNullValue())
                .extract().asString();
        assertThat(body).doesNotContain(proxyId, "張大同", filing.nationalId, filing.name);
    }

    @Test
    void anErasedApplicantLeavesOnlyTheReference() {
        Filings filing = filing();
        JsonPath filed = filing.file();
        String id = filed.getString("applications[0].id");
        String ref = StoredApplications.applicantRefOf(UUID.fromString(id));
        assertThat(ref).startsWith("APL-");

        given().header("Authorization", TestTokens.bearer("admin-" + UUID.randomUUID(), Roles.ADMIN))
                .when().delete("/applicants/" + ref).then().statusCode(204);

        get("clerk-" + UUID.randomUUID(), Roles.CLERK, id).statusCode(200)
                .body("applicant.applicantRef", equalTo(ref), "applicant.maskedNationalId", nullValue(),
                        "applicant.maskedName", nullValue(), "form", equalTo(Map.of()));
    }
}
