package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.Masking;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;
import tw.smartdesk.testsupport.TopicReader;

/**
 * Knowing someone's ID number is not being them: a citizen account filing with the number of an
 * applicant without that person's verified identity changes nothing of that applicant, publishes no
 * contact details, sees none of their applications, and is answered as any filing is: without the
 * applicant's {@code applicantRef}, which would tie the number to the person's pseudonym on public topics.
 */
@QuarkusTest
class ApplicantAccountTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Every stored personal and descriptive value of the applicant, as stored (ciphertext in hex). */
    private static String stored(String ref) {
        return Db.value("select concat_ws('|', id_hash, encode(national_id_enc, 'hex'), encode(name_enc, 'hex'),"
                + " encode(phone_enc, 'hex'), encode(email_enc, 'hex'), encode(line_id_enc, 'hex'), locale,"
                + " channel_preferences, coalesce(encode(birth_date_enc, 'hex'), '-'), township, age_band, residency)"
                + " from applicant where applicant_ref = ?", ref);
    }

    private static String citizen() {
        return "citizen-" + UUID.randomUUID();
    }

    @Test
    void aNeighbourFilingWithTheIdNumberOfAResidentFiledByPhoneTakesOverNothing() {
        Resident resident = Resident.random();
        JsonPath byPhone = Submission.of("PHONE", resident).service(Catalogue.service().create())
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201).extract().jsonPath();
        String ref = byPhone.getString("applicant.applicantRef");
        String phoneFiled = byPhone.getString("applications[0].id");
        String before = stored(ref);

        Resident neighbour = Resident.random().impersonating(resident);
        String neighbourAccount = citizen();
        String neighbourAnswer = Submission.of("ONLINE", neighbour).service(Catalogue.service().create())
                .applicant("township", "BEINAN").applicant("residency", "OUT_OF_COUNTY")
                .postAs(neighbourAccount, Roles.CITIZEN).statusCode(201)
                .body("applicant", not(hasKey("applicantRef")),
                        "applicant.maskedName", equalTo(Masking.name(neighbour.name())))
                .extract().asString();
        assertThat(neighbourAnswer).doesNotContain(ref);
        String neighbours = JsonPath.from(neighbourAnswer).getString("applications[0].id");
        get(neighbourAccount, "/applications/" + neighbours).statusCode(200).body("$", not(hasKey("applicant")));

        assertThat(stored(ref)).isEqualTo(before);
        assertThat(Db.count("select count(*) from applicant_account_link where applicant_ref = ?", ref)).isZero();
        assertThat(Db.value("select owner_subject || ' ' || applicant_ref || ' ' || township || ' ' || age_band"
                + " from application where id = ?::uuid", neighbours)).isEqualTo(neighbourAccount + " " + ref + " TAITUNG_CITY 30-39");
        assertThat(Db.value("select owner_subject from application where id = ?::uuid", phoneFiled)).isNull();
        assertThat(Db.columnsContaining(List.of(), neighbour.phoneDigits(), neighbour.email(), neighbour.lineId())).isEmpty();

        get(neighbourAccount, "/applications/" + phoneFiled).statusCode(404).contentType("application/problem+json");
        get(neighbourAccount, "/applications/" + phoneFiled + "/timeline").statusCode(404);
        get(neighbourAccount, "/applications/mine").statusCode(200).body("items.id", equalTo(List.of(neighbours)));

        Resident moved = resident.withPhone(freshPhone());
        String atCounter = Submission.of("COUNTER", moved).service(Catalogue.service().create())
                .postAs("clerk-" + UUID.randomUUID(), Roles.CLERK).statusCode(201).extract().path("applications[0].id");
        assertThat(Db.value("select owner_subject from application where id = ?::uuid", atCounter)).isNull();
        List<String> contacts = contactRecordsUntil(ref, moved.phoneDigits());
        assertThat(contacts).hasSize(2);
        assertThat(contacts.get(0)).contains(resident.phoneDigits(), resident.email());
        assertThat(contacts).noneMatch(value -> value.contains(neighbour.phoneDigits())
                || value.contains(neighbour.email()) || value.contains(neighbour.lineId()));
    }

    @Test
    void anotherAccountFilingWithALinkedIdNumberIsAnsweredAsAnyFilingAndChangesNothing() {
        Resident resident = Resident.random();
        String owner = citizen();
        JsonPath first = Submission.of("ONLINE", resident).service(Catalogue.service().create())
                .postVerified(owner).statusCode(201).extract().jsonPath();
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", first.getString("applications[0].id"));
        String before = stored(ref);

        Resident other = Resident.random().impersonating(resident);
        String otherAccount = citizen();
        String othersAnswer = Submission.of("MOBILE", other).service(Catalogue.service().create())
                .postAs(otherAccount, Roles.CITIZEN).statusCode(201)
                .body("applicant", not(hasKey("applicantRef")), "applicant.maskedName", equalTo(Masking.name(other.name())))
                .extract().asString();
        assertThat(othersAnswer).doesNotContain(ref);
        String others = JsonPath.from(othersAnswer).getString("applications[0].id");

        assertThat(Db.value("select applicant_ref from application where id = ?::uuid", others)).isEqualTo(ref);
        assertThat(stored(ref)).isEqualTo(before);
        assertThat(Db.column("select account_subject from applicant_account_link where applicant_ref = ?", ref))
                .containsExactly(owner);
        get(otherAccount, "/applications/" + first.getString("applications[0].id")).statusCode(404);
        get(otherAccount, "/applications/mine").statusCode(200).body("items.id", equalTo(List.of(others)));
        // Decision: the person's verified account sees every application filed under their identity, this one too.
        get(owner, "/applications/" + others).statusCode(200);

        Resident moved = resident.withPhone(freshPhone());
        Submission.of("ONLINE", moved).service(Catalogue.service().create()).postVerified(owner).statusCode(201);
        List<String> contacts = contactRecordsUntil(ref, moved.phoneDigits());
        assertThat(contacts).hasSize(2);
        assertThat(contacts.get(0)).contains(resident.phoneDigits());
        assertThat(contacts.get(1)).contains(moved.phoneDigits());
        assertThat(contacts).noneMatch(value -> value.contains(other.phoneDigits()) || value.contains(other.email()));
    }

    /**
     * The values of every contact record of the applicant once the one containing {@code last} has
     * arrived: records of one key arrive in the order they were written, so none can still be to come.
     */
    private static List<String> contactRecordsUntil(String ref, String last) {
        try (TopicReader contacts = new TopicReader("applicant-contacts")) {
            contacts.await(r -> ref.equals(r.key()) && r.value() != null && r.value().contains(last), 1, WAIT);
            return contacts.seen().stream().filter(r -> ref.equals(r.key())).map(ConsumerRecord::value).toList();
        }
    }

    private static io.restassured.response.ValidatableResponse get(String subject, String path) {
        return given().header("Authorization", TestTokens.bearer(subject, Roles.CITIZEN)).when().get(path).then();
    }

    private static String freshPhone() {
        return "09" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }
}
