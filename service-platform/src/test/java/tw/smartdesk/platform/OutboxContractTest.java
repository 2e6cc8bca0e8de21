package tw.smartdesk.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.platform.ProbeDatabase.Receipt;
import tw.smartdesk.platform.probe.ProbeEvents;

/**
 * Producers are held to the closed contract, consumers read tolerantly: the outbox refuses a value that
 * fails its schema, or a superseded version, and the refusal rolls back the whole transaction; a consumer
 * still applies a value from a newer producer that carries a field its schema does not know.
 */
@QuarkusTest
class OutboxContractTest {

    @Test
    void anEventThatFailsItsSchemaIsRefusedAndTheTransactionRollsBack() {
        UUID key = UUID.randomUUID();

        given().queryParam("key", key).when().post("/probe/contract/personal").then().statusCode(500);

        assertThat(ProbeDatabase.outboxRows(key)).isZero();
        assertThat(orders(key)).as("the state change of the same transaction").isZero();
    }

    @Test
    void aSupersededVersionIsRefused() {
        UUID key = UUID.randomUUID();

        given().queryParam("key", key).when().post("/probe/contract/superseded").then().statusCode(500);

        assertThat(ProbeDatabase.outboxRows(key)).isZero();
        assertThat(orders(key)).isZero();
    }

    @Test
    void aValidEventOfTheCurrentVersionIsRecordedWithItsTransaction() {
        UUID key = UUID.randomUUID();

        given().queryParam("key", key).when().post("/probe/contract/valid").then().statusCode(204);

        assertThat(ProbeDatabase.outboxRows(key)).isEqualTo(1);
        assertThat(orders(key)).isEqualTo(1);
    }

    @Test
    void aConsumerAppliesAnEventWithAFieldItsSchemaDoesNotKnow() {
        UUID key = UUID.randomUUID();
        ApplicationSubmittedV2 event = ProbeEvents.current(key, 1);
        ProducerRecord<String, String> record = CloudEventRecords.of(event);
        String newer = record.value().replaceFirst("\\{", "{\"addedByANewerProducer\":\"HR-002\",");
        CloudEventRecords.send(new ProducerRecord<>(record.topic(), null, record.key(), newer, record.headers()));

        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeDatabase.receipts(key).size() == 1);
        assertThat(ProbeDatabase.receipts(key)).containsExactly(new Receipt(1, event.eventId(), 1));
    }

    private static long orders(UUID key) {
        return ProbeDatabase.count("select count(*) from probe_order where item = ?", key.toString());
    }
}
