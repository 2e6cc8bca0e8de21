package tw.smartdesk.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.EventJson;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.platform.ProbeDatabase.Receipt;
import tw.smartdesk.platform.probe.ProbeEvents;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * A row Kafka refuses for good (here: larger than the producer's max.request.size) holds back its own
 * key only: other keys flow on, its attempts and last error are kept, after max-attempts (3 here) it
 * is parked with a metric, and an operator's retry sends it, and the rest of its key, in order.
 */
@QuarkusTest
class OutboxParkingTest {

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, message_key, ce_type, ce_source, ce_dataschema, occurred_at, payload)
            values (?, 'application-events', ?, 'tw.smartdesk.application.submitted.v1', 'urn:smartdesk:application-service',
                    'urn:smartdesk:schema:tw.smartdesk.application.submitted.v1', ?, ?)
            """;
    private static final String ADMIN = TestTokens.bearer("admin-ops", Roles.ADMIN);

    @Test
    void aRowKafkaRefusesIsParkedWithoutStallingOtherKeysAndAnOperatorsRetrySendsItsKeyInOrder() throws SQLException {
        UUID stuckKey = UUID.randomUUID();
        ApplicationSubmitted tooLarge = withTownship(ProbeEvents.submitted(stuckKey, 1), "x".repeat(1_200_000));
        ApplicationSubmitted behindIt = ProbeEvents.submitted(stuckKey, 2);
        insert(tooLarge, behindIt);
        UUID otherKey = UUID.randomUUID();
        UUID other = ProbeClient.writeOne(otherKey, 1);

        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeDatabase.receipts(otherKey).size() == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> parkedAttempts(tooLarge.eventId()) == 3);
        assertThat(ProbeDatabase.receipts(otherKey)).containsExactly(new Receipt(1, other, 1));
        assertThat(ProbeDatabase.receipts(stuckKey)).isEmpty();
        assertThat(ProbeDatabase.unpublishedRows(stuckKey)).as("the row behind the parked one waits").isEqualTo(2);

        given().header("Authorization", ADMIN).when().get("/admin/outbox/parked")
                .then().statusCode(200)
                .body("eventId", hasItem(tooLarge.eventId().toString()))
                .body("find { it.eventId == '%s' }.attempts".formatted(tooLarge.eventId()), equalTo(3))
                .body("find { it.eventId == '%s' }.lastError".formatted(tooLarge.eventId()), containsString("RecordTooLarge"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().accept("text/plain").when().get("/q/metrics")
                .then().body(containsString("smartdesk_outbox_parked "), containsString("smartdesk_outbox_parkings_total"),
                        containsString("smartdesk_outbox_unpublished "), containsString("smartdesk_outbox_publish_latency")));

        // the cause is fixed (here: the event shrinks), then an operator retries it
        ProbeDatabase.query("update outbox_event set payload = ? where event_id = ? returning id", rows -> rows.getLong(1),
                EventJson.write(withTownship(tooLarge, null)), tooLarge.eventId());
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"eventIds\":[\"%s\"]}".formatted(tooLarge.eventId()))
                .when().post("/admin/outbox/parked/retry")
                .then().statusCode(200).body("rows", equalTo(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeDatabase.receipts(stuckKey).size() == 2);
        assertThat(ProbeDatabase.receipts(stuckKey)).extracting(Receipt::sentSeq).containsExactly(1, 2);
    }

    @Test
    void onlyAnAdministratorSeesOrRetriesParkedRows() {
        given().when().get("/admin/outbox/parked").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK)).contentType(ContentType.JSON).body("{}")
                .when().post("/admin/outbox/parked/retry").then().statusCode(403);
    }

    private static ApplicationSubmitted withTownship(ApplicationSubmitted event, String township) {
        return new ApplicationSubmitted(event.eventId(), event.occurredAt(), event.applicationId(), event.submissionId(),
                event.applicantRef(), event.serviceCode(), event.channel(), township, event.ageBand(), event.residency());
    }

    private static long parkedAttempts(UUID eventId) {
        List<Long> attempts = ProbeDatabase.query("select attempts from outbox_event where event_id = ? and parked_at is not null",
                rows -> rows.getLong(1), eventId);
        return attempts.isEmpty() ? 0 : attempts.get(0);
    }

    /** Both rows in one transaction, in this order. */
    private static void insert(ApplicationSubmitted... events) throws SQLException {
        try (Connection connection = ProbeDatabase.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                for (ApplicationSubmitted event : events) {
                    statement.setObject(1, event.eventId());
                    statement.setString(2, event.applicationId().toString());
                    statement.setTimestamp(3, Timestamp.from(event.occurredAt()));
                    statement.setString(4, EventJson.write(event));
                    statement.executeUpdate();
                }
            }
            connection.commit();
        }
    }
}
