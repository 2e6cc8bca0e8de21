package tw.smartdesk.application.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.smartdesk.application.filing.Records.header;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TopicReader;

@QuarkusTest
class ContactsTopicTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void theFirstVerifiedFilingPublishesTheContactsOnlyOnTheRestrictedTopicKeyedByApplicantRef() {
        Resident resident = Resident.random();
        JsonPath answer = Submission.of("ONLINE", resident).service(Catalogue.service().create())
                .postVerified("citizen-" + UUID.randomUUID()).statusCode(201).extract().jsonPath();
        String applicationId = answer.getString("applications[0].id");
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", applicationId);
        assertThat(ref).startsWith("APL-");

        try (TopicReader contacts = new TopicReader("applicant-contacts")) {
            ConsumerRecord<String, String> record = contacts.await(r -> ref.equals(r.key()), 1, WAIT).get(0);
            assertThat(header(record, "ce_type")).isEqualTo("tw.smartdesk.applicant.contact_updated.v1");
            assertThat(header(record, "ce_subject")).isEqualTo(ref);
            assertThat(header(record, "ce_source")).isEqualTo("urn:smartdesk:application-service");
            assertThat(record.value()).contains("\"applicantRef\":\"" + ref + "\"",
                    "\"phone\":\"+886" + resident.phoneDigits() + "\"", "\"email\":\"" + resident.email() + "\"",
                    "\"lineId\":\"" + resident.lineId() + "\"", "\"locale\":\"zh-TW\"",
                    "\"channelPreferences\":[\"SMS\",\"EMAIL\"]")
                    .doesNotContain(resident.nationalId(), resident.name());
        }
        try (TopicReader events = new TopicReader("application-events")) {
            events.await(r -> applicationId.equals(r.key()), 1, WAIT);
            assertThat(events.seen()).noneMatch(r -> ref.equals(r.key()))
                    .noneMatch(r -> r.value() != null && (r.value().contains(resident.phoneDigits()) || r.value().contains(resident.email())));
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(Db.columnsContaining(List.of("outbox_event"),
                resident.phoneDigits(), resident.email(), resident.lineId())).isEmpty());
    }

    /**
     * Records of one key arrive in the order they were written, so once the record of the changed phone
     * is there, every earlier one is too: exactly one before it means the unchanged filing sent nothing.
     */
    @Test
    void filingAgainWithTheSameDetailsPublishesNothingNewAndAChangedPhoneIsPublishedWithTheStoredEmail() {
        Resident resident = Resident.random();
        String online = Submission.of("ONLINE", resident).service(Catalogue.service().create())
                .postVerified("citizen-" + UUID.randomUUID()).statusCode(201).extract().path("applications[0].id");
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", online);
        assertThat(ref).startsWith("APL-");
        Submission.of("PHONE", resident).service(Catalogue.service().create())
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201);

        Resident moved = resident.withPhone("09" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000));
        Submission.of("COUNTER", moved).service(Catalogue.service().create())
                .applicant("email", null).applicant("lineId", null).applicant("channelPreferences", List.of("SMS", "INBOX"))
                .postAs("clerk-" + UUID.randomUUID(), Roles.CLERK).statusCode(201);

        try (TopicReader contacts = new TopicReader("applicant-contacts")) {
            contacts.await(r -> ref.equals(r.key()) && r.value() != null && r.value().contains(moved.phoneDigits()), 1, WAIT);
            List<ConsumerRecord<String, String>> records = contacts.seen().stream().filter(r -> ref.equals(r.key())).toList();
            assertThat(records).hasSize(2);
            assertThat(records.get(0).value()).contains("\"phone\":\"+886" + resident.phoneDigits() + "\"",
                    "\"channelPreferences\":[\"SMS\",\"EMAIL\"]");
            assertThat(records.get(1).value()).contains("\"phone\":\"+886" + moved.phoneDigits() + "\"",
                    "\"email\":\"" + resident.email() + "\"", "\"lineId\":\"" + resident.lineId() + "\"",
                    "\"channelPreferences\":[\"SMS\",\"INBOX\"]");
        }
    }

    @Test
    void anUnverifiedFilingsContactsArePublishedForItsSubmissionOnlyAndErasedWithTheApplicant() {
        Resident victim = Resident.random();
        String own = Submission.of("ONLINE", victim).service(Catalogue.service().create())
                .postVerified("citizen-" + UUID.randomUUID()).statusCode(201).extract().path("applications[0].id");
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", own);
        Resident impostor = Resident.random().impersonating(victim);
        String submissionId = Submission.of("ONLINE", impostor).service(Catalogue.service().create())
                .postAs("citizen-" + UUID.randomUUID(), Roles.CITIZEN).statusCode(201).extract().path("submissionId");

        try (TopicReader contacts = new TopicReader("applicant-contacts")) {
            ConsumerRecord<String, String> given = contacts.await(r -> submissionId.equals(r.key()), 1, WAIT).get(0);
            assertThat(header(given, "ce_type")).isEqualTo("tw.smartdesk.applicant.filing_contact_given.v1");
            assertThat(header(given, "ce_subject")).isEqualTo(submissionId);
            assertThat(given.value()).contains("\"submissionId\":\"" + submissionId + "\"", "\"applicantRef\":\"" + ref + "\"",
                    "\"phone\":\"+886" + impostor.phoneDigits() + "\"", "\"email\":\"" + impostor.email() + "\"")
                    .doesNotContain(victim.phoneDigits(), impostor.nationalId());
            assertThat(contacts.seen()).filteredOn(r -> ref.equals(r.key())).hasSize(1)
                    .allMatch(r -> r.value().contains(victim.phoneDigits()) && !r.value().contains(impostor.phoneDigits()));
        }

        io.restassured.RestAssured.given()
                .header("Authorization", tw.smartdesk.testsupport.TestTokens.bearer("admin-" + UUID.randomUUID(), Roles.ADMIN))
                .when().delete("/applicants/" + ref).then().statusCode(204);
        try (TopicReader contacts = new TopicReader("applicant-contacts")) {
            ConsumerRecord<String, String> tombstone = contacts.await(r -> submissionId.equals(r.key()) && r.value() == null, 1, WAIT).get(0);
            assertThat(header(tombstone, "smartdesk-tombstone")).isEqualTo("true");
            contacts.await(r -> ref.equals(r.key()) && r.value() == null, 1, WAIT);
        }
    }
}
