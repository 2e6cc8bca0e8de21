package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.api.ApplicantResource;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.EndpointSecurity;
import tw.smartdesk.testsupport.TestTokens;
import tw.smartdesk.testsupport.TopicReader;

@QuarkusTest
class ApplicantErasureTest {

    /** Where personal data lives while the applicant exists (the outbox is checked separately). */
    private static final List<String> APPLICANT_TABLES =
            List.of("applicant", "application", "application_form", "application_history", "idempotent_request");

    private record Filed(Resident resident, Resident proxy, String citizen, String ref, List<String> ids) {

        String[] personalData() {
            return new String[] {resident.nationalId(), resident.name(), resident.phoneDigits(), resident.email(),
                resident.lineId(), proxy.nationalId(), proxy.name()};
        }
    }

    /** A resident who filed online, then by phone through a proxy, with form values, and an Idempotency-Key. */
    private static Filed filed() {
        Resident resident = Resident.random();
        Resident proxy = Resident.random();
        String citizen = "citizen-" + UUID.randomUUID();
        JsonPath online = Submission.of("ONLINE", resident).service(Catalogue.service().create(), Map.of("section", "寶桑段"))
                .postAs(citizen, Roles.CITIZEN, UUID.randomUUID().toString()).statusCode(201).extract().jsonPath();
        JsonPath phone = Submission.of("PHONE", resident).service(Catalogue.service().create())
                .proxy(proxy.name(), "子女", proxy.nationalId(), "LETTER-99")
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201).extract().jsonPath();
        return new Filed(resident, proxy, citizen, online.getString("applicant.applicantRef"),
                List.of(online.getString("applications[0].id"), phone.getString("applications[0].id")));
    }

    private static io.restassured.response.ValidatableResponse erase(String ref, String subject, String role) {
        return given().header("Authorization", TestTokens.bearer(subject, role))
                .when().delete("/applicants/" + ref).then();
    }

    @Test
    void personalDataIsNeverStoredInPlainText() {
        Filed filed = filed();
        Resident resident = filed.resident();

        assertThat(Db.columnsContaining(APPLICANT_TABLES, filed.personalData())).isEmpty();
        assertThat(Db.columnsContaining(List.of(), resident.nationalId(), resident.name(),
                filed.proxy().nationalId(), filed.proxy().name())).isEmpty();
        assertThat(Db.value("select count(*) from applicant where applicant_ref = ? and national_id_enc is not null"
                + " and name_enc is not null and phone_enc is not null and email_enc is not null and line_id_enc is not null"
                + " and id_hash ~ '^[0-9a-f]{64}$'", filed.ref())).isEqualTo("1");
    }

    @Test
    void erasureLeavesNoPersonalDataAnywhereKeepsAnonymousApplicationsAndPublishesATombstone() {
        Filed filed = filed();
        Db.update("insert into application_feedback (application_id, score, comment, rated_at) values (?::uuid, 5, ?, now())",
                filed.ids().get(0), "謝謝，請打 " + filed.resident().phone() + " 找 " + filed.resident().name());

        erase(filed.ref(), "admin-1", Roles.ADMIN).statusCode(204);

        assertThat(Db.columnsContaining(List.of(), filed.personalData())).isEmpty();
        assertThat(Db.value("select score || coalesce(comment, '') from application_feedback where application_id = ?::uuid",
                filed.ids().get(0))).isEqualTo("5");
        assertThat(Db.columnsContaining(List.of(), filed.citizen())).isEmpty();
        assertThat(Db.value("select concat_ws(',', id_hash, national_id_enc, name_enc, phone_enc, email_enc, line_id_enc,"
                + " account_subject) || (erased_at is not null) from applicant where applicant_ref = ?", filed.ref())).isEqualTo("true");
        for (String id : filed.ids()) {
            assertThat(Db.value("select status || ' ' || applicant_ref || ' ' || age_band from application where id = ?::uuid", id))
                    .isEqualTo("SUBMITTED " + filed.ref() + " 30-39");
            assertThat(Db.value("select concat_ws(',', owner_subject, proxy_name_enc, proxy_id_masked) from application"
                    + " where id = ?::uuid", id)).isEmpty();
            assertThat(Db.column("select action from application_history where application_id = ?::uuid order by id", id))
                    .containsExactly("SUBMIT", "ERASED");
        }
        try (TopicReader contacts = new TopicReader("applicant-contacts")) {
            assertThat(contacts.await(r -> filed.ref().equals(r.key()) && r.value() == null, 1, Duration.ofSeconds(20))).hasSize(1);
        }
    }

    @Test
    void erasingTwiceAnswers204AgainAndPublishesOneTombstone() {
        Filed filed = filed();
        erase(filed.ref(), "admin-1", Roles.ADMIN).statusCode(204);
        erase(filed.ref(), "admin-2", Roles.ADMIN).statusCode(204);

        assertThat(Db.count("select count(*) from outbox_event where message_key = ? and payload is null", filed.ref())).isEqualTo(1);
        assertThat(Db.count("select count(*) from application_history where application_id = ?::uuid and action = 'ERASED'",
                filed.ids().get(0))).isEqualTo(1);
    }

    @Test
    void theSamePersonFilingAfterErasureIsANewApplicant() {
        Filed filed = filed();
        erase(filed.ref(), "admin-1", Roles.ADMIN).statusCode(204);

        Submission.of("ONLINE", filed.resident()).service(Catalogue.service().create())
                .postAs(filed.citizen(), Roles.CITIZEN).statusCode(201)
                .body("applicant.applicantRef", not(equalTo(filed.ref())));
    }

    @Test
    void onlyAnAdministratorErasesAndAnUnknownApplicantIs404() {
        Filed filed = filed();
        erase(filed.ref(), filed.citizen(), Roles.CITIZEN).statusCode(403).contentType("application/problem+json");
        erase(filed.ref(), "clerk-1", Roles.CLERK).statusCode(403);
        given().when().delete("/applicants/" + filed.ref()).then().statusCode(401);
        erase("APL-000000000000000000000000", "admin-1", Roles.ADMIN)
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        assertThat(Db.value("select erased_at from applicant where applicant_ref = ?", filed.ref())).isNull();
        assertThat(EndpointSecurity.undeclared(ApplicantResource.class)).isEmpty();
    }
}
