package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * {@code applicantRef} is the pseudonym of a person on public topics. A citizen can file under any valid
 * ID number (a neighbour's), so an answer to a citizen that carried it would tie that number to the
 * pseudonym: no answer to a citizen carries it, staff (clerk, operator, admin) still see it.
 */
@QuarkusTest
class ApplicantRefStaffOnlyTest {

    private static final String REF_PATTERN = "APL-[0-9a-f]{24}";
    private static final String MIGRATION = "/db/migration/V8__citizen_answers_without_applicant_ref.sql";

    private static String refOf(String applicationId) {
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", applicationId);
        assertThat(ref).matches(REF_PATTERN);
        return ref;
    }

    private static ValidatableResponse call(String subject, String role, String method, String path, Object body) {
        var request = given().header("Authorization", TestTokens.bearer(subject, role));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().request(method, path).then();
    }

    /** Asserts the answer names no applicant reference at all: neither the key nor this person's value. */
    private static String withoutRef(ValidatableResponse response, String ref) {
        String body = response.extract().asString();
        assertThat(body).doesNotContain("applicantRef").doesNotContain(ref).doesNotContain("APL-");
        return body;
    }

    @Test
    void aCitizensFilingAnswerAndDetailCarryNoApplicantRefWhileAClerksDo() {
        Resident resident = Resident.random();
        String citizen = "citizen-" + UUID.randomUUID();
        String online = Submission.of("ONLINE", resident).service(Catalogue.service().create())
                .postAs(citizen, Roles.CITIZEN).statusCode(201)
                .body("applicant", not(hasKey("applicantRef")), "applicant", hasKey("maskedNationalId"),
                        "applicant", hasKey("maskedName"))
                .extract().path("applications[0].id");
        String ref = refOf(online);

        withoutRef(call(citizen, Roles.CITIZEN, "GET", "/applications/" + online, null).statusCode(200)
                .body("id", equalTo(online), "$", not(hasKey("applicant"))), ref);

        call("clerk-" + UUID.randomUUID(), Roles.CLERK, "GET", "/applications/" + online, null).statusCode(200)
                .body("applicant.applicantRef", equalTo(ref));
        call("operator-" + UUID.randomUUID(), Roles.OPERATOR, "GET", "/applications/" + online, null).statusCode(200)
                .body("applicant.applicantRef", equalTo(ref));
        call("admin-" + UUID.randomUUID(), Roles.ADMIN, "GET", "/applications/" + online, null).statusCode(200)
                .body("applicant.applicantRef", equalTo(ref));

        Submission.of("COUNTER", resident).service(Catalogue.service().create())
                .postAs("clerk-" + UUID.randomUUID(), Roles.CLERK).statusCode(201)
                .body("applicant.applicantRef", equalTo(ref));
        Submission.of("PHONE", resident).service(Catalogue.service().create())
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201)
                .body("applicant.applicantRef", equalTo(ref));
        String mobile = withoutRef(Submission.of("MOBILE", resident).service(Catalogue.service().create())
                .postAs(citizen, Roles.CITIZEN).statusCode(201).body("applicant", not(hasKey("applicantRef"))), ref);
        assertThat(refOf(JsonPath.from(mobile).getString("applications[0].id"))).isEqualTo(ref);
    }

    /** Every other answer a citizen gets about their applications: one-stop filing, list, timeline, steps, feedback. */
    @Test
    void noOtherAnswerToTheCitizenNamesTheReference() {
        String citizen = "citizen-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Submission submission = Submission.of("ONLINE", Resident.random())
                .service(Catalogue.service().create()).service(Catalogue.service().create());
        String filed = withoutRef(submission.postAs(citizen, Roles.CITIZEN, key).statusCode(201), "APL-");
        List<String> ids = JsonPath.from(filed).getList("applications.id");
        String ref = refOf(ids.get(0));
        assertThat(refOf(ids.get(1))).isEqualTo(ref);

        assertThat(withoutRef(submission.postAs(citizen, Roles.CITIZEN, key).statusCode(201), ref)).isEqualTo(filed);
        withoutRef(call(citizen, Roles.CITIZEN, "GET", "/applications/mine", null).statusCode(200)
                .body("items.id", containsInAnyOrder(ids.toArray())), ref);
        withoutRef(call(citizen, Roles.CITIZEN, "POST", "/applications/" + ids.get(1) + "/cancel",
                Map.of("reason", "APPLICANT_REQUEST")).statusCode(200), ref);
        Db.update("update application set status = 'COMPLETED' where id = ?::uuid", ids.get(0));
        withoutRef(call(citizen, Roles.CITIZEN, "POST", "/applications/" + ids.get(0) + "/feedback",
                Map.of("score", 4, "comment", "快速")).statusCode(201), ref);
        for (String id : ids) {
            withoutRef(call(citizen, Roles.CITIZEN, "GET", "/applications/" + id + "/timeline", null).statusCode(200), ref);
            withoutRef(call(citizen, Roles.CITIZEN, "GET", "/applications/" + id, null).statusCode(200), ref);
        }
    }

    /**
     * Answers stored for an Idempotency-Key before the rule carried the reference; the migration takes it out
     * of citizens' filings (so a retry does not replay it) and leaves staff filings' answers as they were.
     */
    @Test
    void storedCitizenAnswersLoseTheReferenceAndStaffAnswersKeepIt() throws IOException {
        Resident resident = Resident.random();
        String citizen = "citizen-" + UUID.randomUUID();
        String citizenKey = UUID.randomUUID().toString();
        Submission mine = Submission.of("MOBILE", resident).service(Catalogue.service().create());
        String answer = mine.postAs(citizen, Roles.CITIZEN, citizenKey).statusCode(201).extract().asString();
        String ref = refOf(JsonPath.from(answer).getString("applications[0].id"));
        String clerk = "clerk-" + UUID.randomUUID();
        String clerkKey = UUID.randomUUID().toString();
        String staffAnswer = Submission.of("COUNTER", resident).service(Catalogue.service().create())
                .postAs(clerk, Roles.CLERK, clerkKey).statusCode(201).body("applicant.applicantRef", equalTo(ref))
                .extract().asString();

        assertThat(Db.update("update idempotent_request set response_body = replace(response_body, '\"applicant\":{',"
                + " '\"applicant\":{\"applicantRef\":\"' || ? || '\",') where scope = ? and idempotency_key = ?",
                ref, citizen + " POST /applications", citizenKey)).isEqualTo(1);
        mine.postAs(citizen, Roles.CITIZEN, citizenKey).statusCode(201).body("applicant.applicantRef", equalTo(ref));

        Db.update(migration());

        assertThat(mine.postAs(citizen, Roles.CITIZEN, citizenKey).statusCode(201).extract().asString()).isEqualTo(answer);
        assertThat(Db.value("select response_body from idempotent_request where scope = ? and idempotency_key = ?",
                clerk + " POST /applications", clerkKey)).isEqualTo(staffAnswer).contains("\"applicantRef\":\"" + ref + "\"");
        Db.update(migration());
        assertThat(Db.value("select response_body from idempotent_request where scope = ? and idempotency_key = ?",
                citizen + " POST /applications", citizenKey)).isEqualTo(answer);
    }

    private static String migration() throws IOException {
        try (InputStream sql = ApplicantRefStaffOnlyTest.class.getResourceAsStream(MIGRATION)) {
            assertThat(sql).as(MIGRATION).isNotNull();
            return new String(sql.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
