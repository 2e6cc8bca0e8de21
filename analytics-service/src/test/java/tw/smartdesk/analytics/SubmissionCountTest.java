package tw.smartdesk.analytics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.EventJson;
import tw.smartdesk.events.EventType;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.events.application.Residency;
import tw.smartdesk.events.application.Township;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.KafkaBroker;
import tw.smartdesk.testsupport.SmartDeskTestResource;
import tw.smartdesk.testsupport.TestDatabases;
import tw.smartdesk.testsupport.TestTokens;
import tw.smartdesk.testsupport.TopicReader;

@QuarkusTest
class SubmissionCountTest {

    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void producer() {
        Properties props = KafkaBroker.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    /** A unique service code per test, so no test sees another's counts. */
    private static String freshServiceCode() {
        return "T" + (char) ('A' + (int) (Math.random() * 26)) + "-" + String.format("%03d", (int) (Math.random() * 1000));
    }

    private static ApplicationSubmitted submitted(String serviceCode, ApplicationChannel channel) {
        UUID applicationId = UUID.randomUUID();
        return new ApplicationSubmitted(UUID.randomUUID(), Instant.now(), applicationId, UUID.randomUUID(),
                "APL-0123456789abcdef01234567", serviceCode, channel, "卑南鄉", "40-49", Residency.IN_COUNTY);
    }

    private static void publish(ApplicationSubmitted event) throws Exception {
        publishRaw(event.subject(), EventJson.write(event), EventCatalog.of(ApplicationSubmitted.class).ceType());
    }

    private static void publishRaw(String key, String value, String ceType) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>("application-events", key, value);
        if (ceType != null) {
            EventType type = EventCatalog.byCeType(ceType);
            record.headers().add("ce_type", ceType.getBytes(StandardCharsets.UTF_8))
                    .add("ce_source", type.source().getBytes(StandardCharsets.UTF_8))
                    .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get();
    }

    private static void awaitCount(String serviceCode, ApplicationChannel channel, long expected) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer("analyst-1", Roles.ANALYST))
                .queryParam("serviceCode", serviceCode)
                .when().get("/kpis/submissions")
                .then().statusCode(200)
                .body("findAll { it.channel == '" + channel + "' }.submissions", equalTo(java.util.List.of((int) expected))));
    }

    @Test
    void countsSubmissionsPerServiceAndChannel() throws Exception {
        String code = freshServiceCode();
        publish(submitted(code, ApplicationChannel.ONLINE));
        publish(submitted(code, ApplicationChannel.ONLINE));
        publish(submitted(code, ApplicationChannel.PHONE));

        awaitCount(code, ApplicationChannel.ONLINE, 2);
        awaitCount(code, ApplicationChannel.PHONE, 1);
    }

    /** Version 1 stays on the topic beside version 2; a newer producer's added field does not stop the count. */
    @Test
    void countsBothVersionsAndAVersion2ValueWithAFieldItDoesNotKnow() throws Exception {
        String code = freshServiceCode();
        ApplicationSubmittedV2 current = new ApplicationSubmittedV2(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.randomUUID(), "APL-0123456789abcdef01234567", code, ApplicationChannel.COUNTER, Township.BEINAN,
                "40-49", Residency.IN_COUNTY, 1);
        publish(submitted(code, ApplicationChannel.COUNTER));
        publishRaw(current.subject(), EventJson.write(current).replaceFirst("\\{", "{\"addedLater\":1,"),
                EventCatalog.of(ApplicationSubmittedV2.class).ceType());

        awaitCount(code, ApplicationChannel.COUNTER, 2);
    }

    @Test
    void theSameEventDeliveredTwiceIsCountedOnce() throws Exception {
        String code = freshServiceCode();
        ApplicationSubmitted event = submitted(code, ApplicationChannel.MOBILE);
        publish(event);
        publish(event);
        publish(submitted(code, ApplicationChannel.COUNTER));

        awaitCount(code, ApplicationChannel.COUNTER, 1);
        awaitCount(code, ApplicationChannel.MOBILE, 1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextEventIsStillCounted() throws Exception {
        String code = freshServiceCode();
        String key = UUID.randomUUID().toString();
        try (TopicReader deadLetters = new TopicReader("application-events.dlq")) {
            publishRaw(key, "{not json", EventCatalog.of(ApplicationSubmitted.class).ceType());
            ApplicationSubmitted next = submitted(code, ApplicationChannel.ONLINE);
            publishRaw(key, EventJson.write(next), EventCatalog.of(ApplicationSubmitted.class).ceType());

            var dead = deadLetters.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
            org.assertj.core.api.Assertions.assertThat(dead.value()).isEqualTo("{not json");
            org.assertj.core.api.Assertions.assertThat(dead.headers().lastHeader("dead-letter-reason")).isNotNull();
            awaitCount(code, ApplicationChannel.ONLINE, 1);
        }
    }

    /**
     * The channel consumes a poll at a time: a burst sent at once is applied in fewer transactions than it has
     * events (each event's processed_event row carries the id of the transaction that applied it), and every
     * event is counted once.
     */
    @Test
    void aBurstIsAppliedAPollAtATimeInFewerTransactionsThanEvents() throws Exception {
        String code = freshServiceCode();
        List<UUID> ids = new java.util.ArrayList<>(40);
        for (int i = 0; i < 40; i++) {
            ApplicationSubmitted event = submitted(code, ApplicationChannel.ONLINE);
            ids.add(event.eventId());
            ProducerRecord<String, String> record = new ProducerRecord<>("application-events", event.subject(), EventJson.write(event));
            record.headers().add("ce_type", EventCatalog.of(ApplicationSubmitted.class).ceType().getBytes(StandardCharsets.UTF_8))
                    .add("ce_source", EventCatalog.of(ApplicationSubmitted.class).source().getBytes(StandardCharsets.UTF_8))
                    .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            producer.send(record);
        }
        producer.flush();

        awaitCount(code, ApplicationChannel.ONLINE, 40);
        try (Connection connection = TestDatabases.connect(SmartDeskTestResource.currentDatabase());
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*), count(distinct xmin::text) from processed_event where event_id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                org.assertj.core.api.Assertions.assertThat(result.getInt(1)).isEqualTo(40);
                org.assertj.core.api.Assertions.assertThat(result.getInt(2)).as("transactions").isLessThan(40);
            }
        }
    }

    @Test
    void onlyAnalystsAndAdminsReadKpis() {
        given().when().get("/kpis/submissions").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("resident", Roles.CITIZEN))
                .when().get("/kpis/submissions").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("admin", Roles.ADMIN))
                .queryParam("serviceCode", "bad code")
                .when().get("/kpis/submissions").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("admin", Roles.ADMIN))
                .queryParam("serviceCode", "ZZ-999")
                .when().get("/kpis/submissions").then().statusCode(200).body("$", hasSize(0));
    }
}
