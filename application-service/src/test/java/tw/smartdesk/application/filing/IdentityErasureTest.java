package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * Erasure also clears what the identity model keeps: the proxy's relationship and letter reference, the
 * history detail naming them (other details are codes and stay, see TimelineTest), the verified account links, the contacts of unverified filings, the birth
 * date hash of the phone desk's look-up, and the person's account subjects in the applicant audit.
 */
@QuarkusTest
class IdentityErasureTest {

    @Test
    void erasureLeavesNoProxyRelationshipLetterLinkFilingContactOrAccountBehind() {
        Resident resident = Resident.random();
        Resident proxy = Resident.random();
        String letter = "LETTER-" + UUID.randomUUID();
        String relationship = "監護人" + UUID.randomUUID().toString().substring(0, 4);
        String account = "citizen-" + UUID.randomUUID();
        String other = "citizen-" + UUID.randomUUID();
        String own = Submission.of("ONLINE", resident).service(Catalogue.service().create()).postVerified(account)
                .statusCode(201).extract().path("applications[0].id");
        String byProxy = Submission.of("PHONE", resident).service(Catalogue.service().create())
                .proxy(proxy.name(), relationship, proxy.nationalId(), letter)
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201).extract().path("applications[0].id");
        Resident stranger = Resident.random().impersonating(resident);
        String unverified = Submission.of("MOBILE", stranger).service(Catalogue.service().create())
                .postAs(other, Roles.CITIZEN).statusCode(201).extract().path("applications[0].id");
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", own);
        assertThat(Db.columnsContaining(List.of(), letter, relationship)).isNotEmpty();
        assertThat(Db.count("select count(*) from applicant_account_link where applicant_ref = ?", ref)).isEqualTo(1);
        assertThat(Db.count("select count(*) from filing_contact where applicant_ref = ?", ref)).isEqualTo(1);

        given().header("Authorization", TestTokens.bearer("admin-" + UUID.randomUUID(), Roles.ADMIN))
                .when().delete("/applicants/" + ref).then().statusCode(204);

        assertThat(Db.columnsContaining(List.of(), letter, relationship, account, other, stranger.phoneDigits())).isEmpty();
        for (String id : List.of(own, byProxy, unverified)) {
            assertThat(Db.value("select concat_ws(',', proxy_relationship, proxy_letter_ref, owner_subject) from application"
                    + " where id = ?::uuid", id)).isEmpty();
            assertThat(Db.count("select count(*) from application_history where application_id = ?::uuid and detail is not null",
                    id)).as("no history detail names the proxy or the letter").isZero();
        }
        assertThat(Db.count("select count(*) from applicant_account_link where applicant_ref = ?", ref)).isZero();
        assertThat(Db.count("select count(*) from filing_contact where applicant_ref = ?", ref)).isZero();
        assertThat(Db.value("select coalesce(encode(birth_date_enc, 'hex'), 'none') from applicant where applicant_ref = ?", ref)).isEqualTo("none");
        assertThat(Db.column("select distinct actor_subject from applicant_audit where applicant_ref = ? order by 1", ref))
                .contains("erased").noneMatch(subject -> subject.equals(account) || subject.equals(other));
        given().header("Authorization", VerifiedTokens.bearer(account, resident.nationalId()))
                .when().get("/applications/mine").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }
}
