package tw.smartdesk.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static tw.smartdesk.platform.ProbeClient.TOPIC;
import static tw.smartdesk.platform.ProbeClient.header;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.testsupport.TopicReader;

/** Outbox rows live and die with the caller's transaction. */
@QuarkusTest
class OutboxTransactionTest {

    @Test
    void theRowsAreWrittenInsideTheCallersTransactionWithEverythingTheRelayNeeds() {
        UUID key = UUID.randomUUID();
        List<UUID> eventIds = given().contentType(ContentType.JSON).body(ProbeClient.body(key, 2, 1, false))
                .when().post("/probe/events")
                .then().statusCode(200).body("outboxRowsSeenInTransaction", equalTo(2))
                .extract().jsonPath().getList("eventIds", UUID.class);

        List<String> rows = ProbeDatabase.query("""
                select event_id || ' ' || topic || ' ' || ce_type || ' ' || ce_source || ' ' || ce_dataschema
                from outbox_event where message_key = ? order by id""", r -> r.getString(1), key.toString());
        String type = "tw.smartdesk.application.submitted.v2";
        String rest = " application-events " + type + " urn:smartdesk:application-service urn:smartdesk:schema:" + type;
        assertThat(rows).containsExactly(eventIds.get(0) + rest, eventIds.get(1) + rest);
        assertThat(ProbeDatabase.query("select payload from outbox_event where message_key = ? order by id",
                r -> r.getString(1), key.toString()))
                .allSatisfy(payload -> assertThat(payload).contains("\"applicationId\":\"" + key + "\""))
                .anySatisfy(payload -> assertThat(payload).contains("\"serviceCode\":\"PROBE-002\""));
    }

    @Test
    void aRolledBackTransactionLeavesNoRowAndPublishesNothing() {
        UUID key = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(ProbeClient.body(key, 3, 1, true))
                .when().post("/probe/events")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("Wrote 3 outbox row(s), then failed"));
        assertThat(ProbeDatabase.outboxRows(key)).isZero();

        UUID committed = ProbeClient.writeOne(key, 4);
        try (TopicReader reader = new TopicReader(TOPIC)) {
            reader.await(record -> committed.toString().equals(header(record, "ce_id")), 1, Duration.ofSeconds(20));
            // records of one key share a partition: whatever was published before the committed event has been read
            assertThat(reader.seen()).filteredOn(record -> key.toString().equals(record.key()))
                    .extracting(record -> header(record, "ce_id"))
                    .containsOnly(committed.toString());
        }
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        UUID key = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(ProbeClient.body(key, 1, 1, false))
                .when().post("/probe/events/untransacted")
                .then().statusCode(500).contentType("application/problem+json");
        assertThat(ProbeDatabase.outboxRows(key)).isZero();
    }
}
