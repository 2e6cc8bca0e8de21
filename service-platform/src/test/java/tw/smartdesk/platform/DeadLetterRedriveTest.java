package tw.smartdesk.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static tw.smartdesk.platform.ProbeClient.TOPIC;
import static tw.smartdesk.platform.ProbeClient.header;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.platform.ProbeDatabase.Receipt;
import tw.smartdesk.platform.probe.ProbeConsumer;
import tw.smartdesk.platform.probe.ProbeEvents;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;
import tw.smartdesk.testsupport.TopicReader;

/** A dead letter whose cause is fixed is moved back to its topic by an administrator, and applied once. */
@QuarkusTest
class DeadLetterRedriveTest {

    private static final String REDRIVE = "/admin/dead-letters/{topic}/redrive";

    @Test
    void aRejectedEventIsReDrivenOnceItsCauseIsFixedAndAppliedOnce() {
        UUID key = UUID.randomUUID();
        String township = "blocked-" + UUID.randomUUID().toString().substring(0, 8);
        ProbeDatabase.update("insert into probe_blocked_township (township) values (?)", township);
        ApplicationSubmitted event = ProbeEvents.submitted(key, 1, township);
        CloudEventRecords.send(CloudEventRecords.of(event));

        ConsumerRecord<String, String> deadLetter = deadLettersOf(event, 1).get(0);
        assertThat(header(deadLetter, "dead-letter-reason")).isEqualTo("Township " + township + " is blocked");
        assertThat(header(deadLetter, "dead-letter-exception-class-name"))
                .isEqualTo("tw.smartdesk.platform.inbox.RejectedEventException");
        assertThat(ProbeDatabase.receipts(key)).isEmpty();
        assertThat(processed(event)).isZero();

        ProbeDatabase.update("delete from probe_blocked_township where township = ?", township);
        redrive(event).statusCode(200).body("topic", equalTo(TOPIC)).body("moved", equalTo(1))
                .body("alreadyRedriven", equalTo(0));

        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeDatabase.receipts(key).size() == 1);
        assertThat(ProbeDatabase.receipts(key)).containsExactly(new Receipt(1, event.eventId(), 1));
        assertThat(processed(event)).isEqualTo(1);
        redrive(event).statusCode(200).body("moved", equalTo(0)).body("alreadyRedriven", equalTo(1));
        try (TopicReader topic = new TopicReader(TOPIC)) {
            ConsumerRecord<String, String> copy = topic.await(record -> event.eventId().toString().equals(header(record, "ce_id")),
                    2, Duration.ofSeconds(20)).get(1);
            assertThat(copy.key()).isEqualTo(key.toString());
            assertThat(copy.value()).isEqualTo(deadLetter.value());
            assertThat(header(copy, "ce_source")).isEqualTo("urn:smartdesk:application-service");
            assertThat(copy.headers()).noneMatch(header -> header.key().startsWith("dead-letter-"));
        }
        assertThat(DeadLetterTopics.readAll(TOPIC + ".dlq"))
                .filteredOn(record -> event.eventId().toString().equals(header(record, "ce_id"))).hasSize(1);
    }

    @Test
    void onlyAnAdministratorMayReDriveAndOnlyTopicsTheServiceConsumes() {
        given().contentType(ContentType.JSON).body("{}").when().post(REDRIVE, TOPIC)
                .then().statusCode(401).contentType("application/problem+json");
        as(Roles.CLERK).body("{}").when().post(REDRIVE, TOPIC)
                .then().statusCode(403).contentType("application/problem+json");
        as(Roles.ADMIN).body("{}").when().post(REDRIVE, "locker-events")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        as(Roles.ADMIN).body("{}").when().post(REDRIVE, "no-such-topic")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static ValidatableResponse redrive(ApplicationSubmitted event) {
        return as(Roles.ADMIN).body("{\"eventIds\":[\"" + event.eventId() + "\"]}").when().post(REDRIVE, TOPIC).then();
    }

    private static RequestSpecification as(String role) {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(role + "-1", role));
    }

    private static List<ConsumerRecord<String, String>> deadLettersOf(ApplicationSubmitted event, int count) {
        try (TopicReader deadLetters = new TopicReader(TOPIC + ".dlq")) {
            return deadLetters.await(record -> event.eventId().toString().equals(header(record, "ce_id")), count,
                    Duration.ofSeconds(20));
        }
    }

    private static long processed(ApplicationSubmitted event) {
        return ProbeDatabase.count("select count(*) from processed_event where event_id = ? and consumer = ?",
                event.eventId(), ProbeConsumer.CONSUMER);
    }
}
