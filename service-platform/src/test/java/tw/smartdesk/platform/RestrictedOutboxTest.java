package tw.smartdesk.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.smartdesk.platform.ProbeClient.header;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.Topic;
import tw.smartdesk.testsupport.TopicReader;

/**
 * Rows of restricted topics (contact details, codes) leave the outbox as soon as Kafka has them; rows
 * of public topics are only marked published and kept for the retention period. {@code Outbox.forget}
 * removes a key's rows, published or not yet committed.
 */
@QuarkusTest
class RestrictedOutboxTest {

    private static final String CONTACTS = "applicant-contacts";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aRestrictedRowIsDeletedOnceKafkaHasItWhileAPublicRowIsOnlyMarkedPublished() {
        UUID publicKey = UUID.randomUUID();
        String ref = freshRef();
        String phone = freshPhone();
        UUID publicEvent = ProbeClient.writeOne(publicKey, 1);
        UUID contactsEvent = writeContacts(ref, phone, false);

        try (TopicReader contacts = new TopicReader(CONTACTS)) {
            ConsumerRecord<String, String> record = contacts
                    .await(r -> contactsEvent.toString().equals(header(r, "ce_id")), 1, WAIT).get(0);
            assertThat(record.key()).isEqualTo(ref);
            assertThat(header(record, "ce_type")).isEqualTo("tw.smartdesk.applicant.contact_updated.v1");
            assertThat(record.value()).contains("\"phone\":\"" + phone + "\"");
        }
        try (TopicReader events = new TopicReader(ProbeClient.TOPIC)) {
            events.await(r -> publicEvent.toString().equals(header(r, "ce_id")), 1, WAIT);
        }
        await().atMost(WAIT).until(() -> ProbeDatabase.unpublishedRows(publicKey) == 0 && outboxRows(ref) == 0);
        assertThat(ProbeDatabase.count("select count(*) from outbox_event where message_key = ? and published_at is not null",
                publicKey.toString())).isEqualTo(1);
        assertThat(ProbeDatabase.count("select count(*) from outbox_event where strpos(coalesce(payload, ''), ?) > 0", phone))
                .isZero();
    }

    @Test
    void aRowForgottenInItsOwnTransactionNeverReachesKafka() {
        String ref = freshRef();
        String forgottenPhone = freshPhone();
        String laterPhone = freshPhone();

        assertThat(given().contentType(ContentType.JSON).body(contactsBody(ref, forgottenPhone, true))
                .when().post("/probe/contacts").then().statusCode(200).extract().<Integer>path("forgotten")).isEqualTo(1);
        UUID marker = writeContacts(ref, laterPhone, false);

        try (TopicReader contacts = new TopicReader(CONTACTS)) {
            contacts.await(r -> marker.toString().equals(header(r, "ce_id")), 1, WAIT);
            List<ConsumerRecord<String, String>> ofRef = contacts.seen().stream().filter(r -> ref.equals(r.key())).toList();
            assertThat(ofRef).hasSize(1);
            assertThat(ofRef.get(0).value()).contains(laterPhone).doesNotContain(forgottenPhone);
        }
    }

    @Test
    void aTombstoneCarriesItsKeyAsSubjectAndSaysWhatItIsButNoEventType() {
        String ref = freshRef();
        writeContacts(ref, freshPhone(), false);
        given().contentType(ContentType.JSON).when().post("/probe/contacts/" + ref + "/tombstone").then().statusCode(204);

        try (TopicReader contacts = new TopicReader(CONTACTS)) {
            ConsumerRecord<String, String> tombstone = contacts
                    .await(r -> ref.equals(r.key()) && r.value() == null, 1, WAIT).get(0);
            assertThat(header(tombstone, "ce_subject")).isEqualTo(ref);
            assertThat(header(tombstone, Topic.TOMBSTONE_HEADER)).isEqualTo("true");
            assertThat(tombstone.headers().toArray()).extracting(h -> h.key())
                    .containsExactlyInAnyOrder("ce_subject", Topic.TOMBSTONE_HEADER);
        }
        await().atMost(WAIT).until(() -> outboxRows(ref) == 0);
    }

    @Test
    void forgetRemovesThePublishedRowsOfOneKeyOnOneTopicOnly() {
        UUID forgotten = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        ProbeClient.write(forgotten, 2, 1);
        ProbeClient.write(kept, 1, 1);
        await().atMost(WAIT).until(() -> ProbeDatabase.unpublishedRows(forgotten) + ProbeDatabase.unpublishedRows(kept) == 0);

        assertThat(forget(CONTACTS, kept.toString())).isZero();
        assertThat(forget(ProbeClient.TOPIC, forgotten.toString())).isEqualTo(2);

        assertThat(ProbeDatabase.outboxRows(forgotten)).isZero();
        assertThat(ProbeDatabase.outboxRows(kept)).isEqualTo(1);
    }

    private static UUID writeContacts(String ref, String phone, boolean forget) {
        return UUID.fromString(given().contentType(ContentType.JSON).body(contactsBody(ref, phone, forget))
                .when().post("/probe/contacts").then().statusCode(200).extract().path("eventId"));
    }

    private static String contactsBody(String ref, String phone, boolean forget) {
        return """
                {"applicantRef":"%s","phone":"%s","forgetInSameTransaction":%b}
                """.formatted(ref, phone, forget);
    }

    private static int forget(String topic, String key) {
        return given().when().delete("/probe/outbox/" + topic + "/" + key).then().statusCode(200).extract().path("rows");
    }

    private static long outboxRows(String key) {
        return ProbeDatabase.count("select count(*) from outbox_event where message_key = ?", key);
    }

    private static String freshRef() {
        return "APL-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    /** A fake mobile number in E.164, unique enough to search the outbox for. */
    private static String freshPhone() {
        return "+8869" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }
}
