package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
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

    /** A resident who filed online (logged in with a verified identity), then by phone through a proxy, with form values, and an Idempotency-Key. */
    private static Filed filed() {
        Resident resident = Resident.random();
        Resident proxy = Resident.random();
        String citizen = "citizen-" + UUID.randomUUID();
        JsonPath online = Submission.of("ONLINE", resident).service(Catalogue.service().create(), Map.of("section", "寶桑段"))
                .postVerified(citizen, UUID.randomUUID().toString()).statusCode(201).extract().jsonPath();
        JsonPath phone = Submission.of("PHONE", resident).service(Catalogue.service().create())
                .proxy(proxy.name(), "子女", proxy.nationalId(), "LETTER-99")
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201).extract().jsonPath();
        String ref = phone.getString("applicant.applicantRef");
        assertThat(ref).startsWith("APL-");
        return new Filed(resident, proxy, citizen, ref,
                List.of(online.getString("applications[0].id"), phone.getString("applications[0].id")));
    }

    private static RequestSpecification asCitizen(Filed filed, String idempotencyKey) {
        return given().header("Authorization", TestTokens.bearer(filed.citizen(), Roles.CITIZEN))
                .header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON);
    }

    /** Stored Idempotency-Key answers of requests the account made. */
    private static long scopesOf(String subject) {
        return Db.count("select count(*) from idempotent_request where starts_with(scope, ?)", subject + " ");
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

    /**
     * The resident also rates the online application (completed) with a comment naming them and
     * cancels the phone one, both with an Idempotency-Key, so their account has stored answers too.
     */
    @Test
    void erasureLeavesNoPersonalDataAnywhereKeepsAnonymousApplicationsAndPublishesATombstone() {
        Filed filed = filed();
        String online = filed.ids().get(0);
        String byPhone = filed.ids().get(1);
        Db.update("update application set status = 'COMPLETED' where id = ?::uuid", online);
        String comment = "謝謝，請打 " + filed.resident().phone() + " 找 " + filed.resident().name();
        asCitizen(filed, UUID.randomUUID().toString()).body(Map.of("score", 5, "comment", comment))
                .when().post("/applications/" + online + "/feedback").then().statusCode(201);
        asCitizen(filed, UUID.randomUUID().toString()).body(Map.of("reason", "APPLICANT_REQUEST"))
                .when().post("/applications/" + byPhone + "/cancel").then().statusCode(200);
        assertThat(scopesOf(filed.citizen())).isEqualTo(3);

        erase(filed.ref(), "admin-1", Roles.ADMIN).statusCode(204);

        assertThat(scopesOf(filed.citizen())).isZero();
        assertThat(Db.columnsContaining(List.of(), filed.personalData())).isEmpty();
        assertThat(Db.columnsContaining(List.of(), filed.citizen())).isEmpty();
        assertThat(Db.value("select score || coalesce(comment, '') from application_feedback where application_id = ?::uuid",
                online)).isEqualTo("5");
        assertThat(Db.value("select concat_ws(',', id_hash, national_id_enc, name_enc, phone_enc, email_enc, line_id_enc,"
                + " birth_date_enc, id_hash_key) || (erased_at is not null) from applicant where applicant_ref = ?", filed.ref())).isEqualTo("true");
        assertThat(Db.value("select status || ' ' || applicant_ref || ' ' || age_band from application where id = ?::uuid", online))
                .isEqualTo("COMPLETED " + filed.ref() + " 30-39");
        assertThat(Db.value("select status || ' ' || applicant_ref || ' ' || age_band from application where id = ?::uuid", byPhone))
                .isEqualTo("CANCELLED " + filed.ref() + " 30-39");
        for (String id : filed.ids()) {
            assertThat(Db.value("select concat_ws(',', owner_subject, proxy_name_enc, proxy_id_masked, proxy_relationship, proxy_letter_ref) from application"
                    + " where id = ?::uuid", id)).isEmpty();
            assertThat(Db.column("select action from application_history where application_id = ?::uuid order by id", id))
                    .startsWith("SUBMIT").endsWith("ERASED");
        }
        try (TopicReader contacts = new TopicReader("applicant-contacts")) {
            assertThat(contacts.await(r -> filed.ref().equals(r.key()) && r.value() == null, 1, Duration.ofSeconds(20))).hasSize(1);
        }
    }

    /**
     * Once published, rows of the restricted topic are gone from the outbox, so Kafka is where to count
     * tombstones: a marker written to the outbox after the second erasure arrives after anything that
     * erasure could have written for the same key.
     */
    @Test
    void erasingTwiceAnswers204AgainAndPublishesOneTombstone() {
        Filed filed = filed();
        erase(filed.ref(), "admin-1", Roles.ADMIN).statusCode(204);
        erase(filed.ref(), "admin-2", Roles.ADMIN).statusCode(204);
        UUID marker = UUID.randomUUID();
        Db.update("insert into outbox_event (event_id, topic, message_key, ce_type, ce_source, ce_dataschema, occurred_at,"
                + " payload) values (?, 'applicant-contacts', ?, 'tw.smartdesk.test.marker.v1', 'urn:smartdesk:test',"
                + " 'urn:smartdesk:schema:tw.smartdesk.test.marker.v1', now(), '{}')",
                marker, filed.ref());

        try (TopicReader contacts = new TopicReader("applicant-contacts")) {
            contacts.await(r -> marker.toString().equals(Records.header(r, "ce_id")), 1, Duration.ofSeconds(20));
            assertThat(contacts.seen()).filteredOn(r -> filed.ref().equals(r.key()) && r.value() == null).hasSize(1);
        }
        assertThat(Db.count("select count(*) from application_history where application_id = ?::uuid and action = 'ERASED'",
                filed.ids().get(0))).isEqualTo(1);
    }

    @Test
    void theSamePersonFilingAfterErasureIsANewApplicant() {
        Filed filed = filed();
        erase(filed.ref(), "admin-1", Roles.ADMIN).statusCode(204);

        String id = Submission.of("ONLINE", filed.resident()).service(Catalogue.service().create())
                .postAs(filed.citizen(), Roles.CITIZEN).statusCode(201).extract().path("applications[0].id");
        assertThat(Db.value("select applicant_ref from application where id = ?::uuid", id))
                .startsWith("APL-").isNotEqualTo(filed.ref());
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
