package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.Masking;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * A citizen reads what SmartDesk holds about them (their applicant data, masked, and their filings) and asks
 * for erasure; both need the verified identity link. An admin lists the requests and carries them out.
 */
@QuarkusTest
class CitizenDataAccessTest {

    @Test
    void aVerifiedCitizenReadsTheirMaskedDataAndEveryApplicationOfTheirs() {
        Resident resident = Resident.random();
        String byPhone = Submission.of("PHONE", resident).service(Catalogue.service().create())
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201).extract().path("applications[0].id");
        String account = "citizen-" + UUID.randomUUID();

        String body = verified(account, resident).get("/applicants/me").then().statusCode(200)
                .body("applicants.maskedNationalId", contains(Masking.nationalId(resident.nationalId())),
                        "applicants[0].maskedName", equalTo(Masking.name(resident.name())),
                        "applicants[0].maskedPhone", equalTo("+8869****" + resident.phone().substring(7)),
                        "applicants[0].lineIdStored", equalTo(true),
                        "applications.id", contains(byPhone))
                .extract().asString();
        assertThat(body).doesNotContain(resident.nationalId(), resident.name(), resident.phoneDigits(), resident.email(),
                resident.lineId(), "APL-");
    }

    @Test
    void anUnverifiedAccountSeesOnlyItsOwnFilingsAndCannotAskForAnyonesErasure() {
        Resident resident = Resident.random();
        Submission.of("PHONE", resident).service(Catalogue.service().create())
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201);
        String account = "citizen-" + UUID.randomUUID();
        String own = Submission.of("ONLINE", Resident.random().impersonating(resident)).service(Catalogue.service().create())
                .postAs(account, Roles.CITIZEN).statusCode(201).extract().path("applications[0].id");

        citizen(account).get("/applicants/me").then().statusCode(200)
                .body("applicants", empty(), "applications.id", contains(own));
        citizen(account).post("/applicants/me/erasure-request").then().statusCode(422)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("verified-identity-required"));
    }

    @Test
    void aVerifiedCitizenAsksForErasureAndAnAdminCarriesItOut() {
        Resident resident = Resident.random();
        String account = "citizen-" + UUID.randomUUID();
        String online = Submission.of("ONLINE", resident).service(Catalogue.service().create())
                .postVerified(account).statusCode(201).extract().path("applications[0].id");
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", online);

        verified(account, resident).post("/applicants/me/erasure-request").then().statusCode(202)
                .body("requestedAt", not(equalTo(null)), "$", not(org.hamcrest.Matchers.hasKey("applicantRef")));
        verified(account, resident).post("/applicants/me/erasure-request").then().statusCode(202);
        citizen(account).get("/applicants/erasure-requests").then().statusCode(403);
        admin().get("/applicants/erasure-requests").then().statusCode(200).body("applicantRef", hasItem(ref));
        assertThat(Db.count("select count(*) from erasure_request where applicant_ref = ?", ref)).isEqualTo(1);

        admin().delete("/applicants/" + ref).then().statusCode(204);

        admin().get("/applicants/erasure-requests").then().statusCode(200).body("applicantRef", not(hasItem(ref)));
        verified(account, resident).get("/applicants/me").then().statusCode(200).body("applicants", empty(), "applications", empty());
        assertThat(Db.columnsContaining(List.of(), account)).isEmpty();
    }

    @Test
    void onlyCitizensReadTheirData() {
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK)).when().get("/applicants/me")
                .then().statusCode(403);
        given().when().get("/applicants/me").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("operator-1", Roles.OPERATOR)).when()
                .post("/applicants/me/erasure-request").then().statusCode(403);
    }

    private static RequestSpecification citizen(String subject) {
        return given().header("Authorization", TestTokens.bearer(subject, Roles.CITIZEN)).when();
    }

    private static RequestSpecification verified(String subject, Resident resident) {
        return given().header("Authorization", VerifiedTokens.bearer(subject, resident.nationalId())).when();
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer("admin-" + UUID.randomUUID(), Roles.ADMIN)).when();
    }
}
