package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * The phone desk looks a caller's applications up by what the caller tells them (ID number and birth date,
 * or an application id); it cannot page through the work queue, which the clerks keep.
 */
@QuarkusTest
class PhoneDeskLookupTest {

    private static final String OPERATOR = "operator-" + UUID.randomUUID();

    @Test
    void anOperatorFindsTheCallersApplicationsByIdNumberAndBirthDateOrByApplicationId() {
        Resident caller = Resident.random();
        String older = Submission.of("PHONE", caller).service(Catalogue.service().create())
                .postAs(OPERATOR, Roles.OPERATOR).statusCode(201).extract().path("applications[0].id");
        String newer = Submission.of("COUNTER", caller).service(Catalogue.service().create())
                .postAs("clerk-" + UUID.randomUUID(), Roles.CLERK).statusCode(201).extract().path("applications[0].id");

        lookUp(Roles.OPERATOR, "{\"nationalId\":\"" + caller.nationalId().toLowerCase() + "\",\"birthDate\":\""
                + caller.birthDate() + "\"}").statusCode(200).body("items.id", contains(newer, older), "total", equalTo(2));
        lookUp(Roles.OPERATOR, "{\"applicationId\":\"" + older + "\"}").statusCode(200).body("items.id", contains(older));
        lookUp(Roles.CLERK, "{\"applicationId\":\"" + older + "\"}").statusCode(200).body("items.id", contains(older));
    }

    @Test
    void theWrongBirthDateFindsNothingLikeAnUnknownNumber() {
        Resident caller = Resident.random();
        Submission.of("PHONE", caller).service(Catalogue.service().create()).postAs(OPERATOR, Roles.OPERATOR).statusCode(201);

        lookUp(Roles.OPERATOR, "{\"nationalId\":\"" + caller.nationalId() + "\",\"birthDate\":\"" + caller.birthDate().plusDays(1)
                + "\"}").statusCode(200).body("items", empty(), "total", equalTo(0));
        lookUp(Roles.OPERATOR, "{\"nationalId\":\"" + Resident.random().nationalId() + "\",\"birthDate\":\"" + caller.birthDate()
                + "\"}").statusCode(200).body("items", empty());
        lookUp(Roles.OPERATOR, "{\"applicationId\":\"" + UUID.randomUUID() + "\"}").statusCode(200).body("items", empty());
    }

    @Test
    void operatorsCannotPageTheWorkQueueAndCitizensCannotLookUp() {
        given().header("Authorization", TestTokens.bearer(OPERATOR, Roles.OPERATOR)).when().get("/applications")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK)).when().get("/applications")
                .then().statusCode(200);
        lookUp(Roles.CITIZEN, "{\"applicationId\":\"" + UUID.randomUUID() + "\"}").statusCode(403);
        given().contentType(ContentType.JSON).body("{}").when().post("/applications/lookup").then().statusCode(401);
    }

    @Test
    void aLookUpNeedsEitherAnApplicationIdOrAValidIdNumberWithABirthDate() {
        lookUp(Roles.OPERATOR, "{}").statusCode(400).contentType("application/problem+json");
        lookUp(Roles.OPERATOR, "{\"nationalId\":\"A123456789\"}").statusCode(400)
                .body("violations.field", hasItem("birthDate"));
        lookUp(Roles.OPERATOR, "{\"nationalId\":\"A123456788\",\"birthDate\":\"1988-04-02\"}").statusCode(400)
                .body("violations.field", equalTo(List.of("nationalId")));
        lookUp(Roles.OPERATOR, "{\"applicationId\":\"" + UUID.randomUUID() + "\",\"nationalId\":\"A123456789\","
                + "\"birthDate\":\"1988-04-02\"}").statusCode(400);
    }

    private static ValidatableResponse lookUp(String role, String body) {
        return given().header("Authorization", TestTokens.bearer(role + "-" + UUID.randomUUID(), role))
                .contentType(ContentType.JSON).body(body).when().post("/applications/lookup").then();
    }
}
