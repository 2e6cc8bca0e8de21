package tw.smartdesk.application.filing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TopicReader;

/**
 * Every change of an applicant's name or contacts leaves an audit entry: who (subject), role, channel and
 * the names of the fields, never their values. Only staff and the person's verified account change them;
 * an unverified account's contact details stay with its own filing.
 */
@QuarkusTest
class ApplicantAuditTest {

    @Test
    void staffAndTheVerifiedAccountChangeTheApplicantAndEachChangeIsAudited() {
        Resident resident = Resident.random();
        String operator = "operator-" + UUID.randomUUID();
        String byPhone = Submission.of("PHONE", resident).service(Catalogue.service().create())
                .postAs(operator, Roles.OPERATOR).statusCode(201).extract().path("applications[0].id");
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", byPhone);

        Resident moved = resident.withPhone("0922" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000)));
        String clerk = "clerk-" + UUID.randomUUID();
        Submission.of("COUNTER", moved).service(Catalogue.service().create()).postAs(clerk, Roles.CLERK).statusCode(201);
        String account = "citizen-" + UUID.randomUUID();
        Submission.of("MOBILE", moved).applicant("email", "new-" + resident.email()).service(Catalogue.service().create())
                .postVerified(account).statusCode(201);
        Submission.of("ONLINE", moved).service(Catalogue.service().create())
                .postAs("citizen-" + UUID.randomUUID(), Roles.CITIZEN).statusCode(201);

        assertThat(Db.auditOf(ref)).containsExactly(
                "REGISTERED " + operator + " operator PHONE name,birthDate,phone,email,lineId,locale,channelPreferences",
                "CHANGED " + clerk + " clerk COUNTER phone",
                "CHANGED " + account + " citizen MOBILE email",
                "LINKED " + account + " citizen MOBILE -");
        assertThat(Db.columnsContaining(List.of("applicant_audit"), resident.phoneDigits(), moved.phoneDigits(),
                resident.email(), resident.name(), resident.nationalId())).isEmpty();
        try (TopicReader contacts = new TopicReader("applicant-contacts")) {
            contacts.await(r -> ref.equals(r.key()) && r.value() != null && r.value().contains("new-" + resident.email()), 1,
                    Duration.ofSeconds(20));
        }
    }

    @Test
    void anUnverifiedAccountsContactsStayWithItsFilingEncryptedAndTheApplicantKeepsNone() {
        Resident resident = Resident.random();
        String account = "citizen-" + UUID.randomUUID();
        String online = Submission.of("ONLINE", resident).service(Catalogue.service().create())
                .postAs(account, Roles.CITIZEN).statusCode(201).extract().path("applications[0].id");
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", online);

        assertThat(Db.value("select concat_ws('|', phone_enc, email_enc, line_id_enc, locale, channel_preferences)"
                + " from applicant where applicant_ref = ?", ref)).isEmpty();
        assertThat(Db.count("select count(*) from filing_contact f join application a on a.submission_id = f.submission_id"
                + " where a.id = ?::uuid and f.phone_enc is not null and f.email_enc is not null", online)).isEqualTo(1);
        assertThat(Db.columnsContaining(List.of(), resident.phoneDigits(), resident.email(), resident.lineId())).isEmpty();
        assertThat(Db.auditOf(ref)).containsExactly("REGISTERED " + account + " citizen ONLINE name,birthDate");
    }
}
