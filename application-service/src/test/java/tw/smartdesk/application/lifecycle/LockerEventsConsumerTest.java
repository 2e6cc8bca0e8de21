package tw.smartdesk.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.smartdesk.application.lifecycle.StoredApplications.application;
import static tw.smartdesk.application.lifecycle.StoredApplications.outboxTypes;
import static tw.smartdesk.application.lifecycle.StoredApplications.pickupMethodOf;
import static tw.smartdesk.application.lifecycle.StoredApplications.statusOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.application.ApplicationCompleted;
import tw.smartdesk.events.application.PickupMethodChanged;
import tw.smartdesk.events.locker.CompartmentAssigned;
import tw.smartdesk.events.locker.CompartmentSize;
import tw.smartdesk.events.locker.DocumentPickedUp;
import tw.smartdesk.events.locker.LockerCapacityExhausted;
import tw.smartdesk.events.locker.PickupExpired;
import tw.smartdesk.testsupport.TopicReader;

/** locker-events in: pickups complete applications, expiry and a full locker move pickup to the counter. */
@QuarkusTest
class LockerEventsConsumerTest {

    private static final String CONSUMER = "application-locker-events";
    private static final String COMPLETED = EventCatalog.of(ApplicationCompleted.class).ceType();
    private static final String PICKUP_CHANGED = EventCatalog.of(PickupMethodChanged.class).ceType();

    private static UUID readyAtTheSmartDesk() {
        return application().status(ApplicationStatus.READY_FOR_PICKUP).pickupMethod("SMART_DESK").site("TTCSC-MAIN")
                .compartmentSize("S").insert();
    }

    private static DocumentPickedUp pickedUp(UUID compartmentId, UUID applicationId) {
        return new DocumentPickedUp(UUID.randomUUID(), Instant.now(), compartmentId, applicationId, "TTCSC-MAIN", true, 1);
    }

    private static PickupExpired expired(UUID compartmentId, UUID applicationId) {
        return new PickupExpired(UUID.randomUUID(), Instant.now(), compartmentId, applicationId, "APL-0123456789abcdef01234567",
                "TTCSC-MAIN", Instant.now());
    }

    private static void awaitStatus(UUID id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(statusOf(id)));
    }

    private static void awaitPickup(UUID id, String method) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> method.equals(pickupMethodOf(id)));
    }

    private static long processed(UUID eventId) {
        return Database.count("select count(*) from processed_event where event_id = ? and consumer = ?", eventId, CONSUMER);
    }

    @Test
    void aPickupAtTheSmartDeskCompletesTheApplication() {
        UUID id = readyAtTheSmartDesk();

        KafkaEvents.publish(pickedUp(UUID.randomUUID(), id));

        awaitStatus(id, "COMPLETED");
        ConsumerRecord<String, String> event = KafkaEvents.published(id, 1).get(0);
        KafkaEvents.assertCloudEvent(event, id, ApplicationCompleted.class);
        assertThat(JsonPath.from(event.value()).getString("pickupMethod")).isEqualTo("SMART_DESK");
        assertThat(JsonPath.from(event.value()).getString("siteId")).isEqualTo("TTCSC-MAIN");
        assertThat(Database.column("""
                select action || ' ' || from_status || '->' || to_status || ' by ' || actor_subject || '/' || actor_role
                from application_history where application_id = ? and action <> 'SUBMIT'
                """, id)).containsExactly("COMPLETE READY_FOR_PICKUP->COMPLETED by system/system");
    }

    /**
     * The application is put back to where the pickup would complete it again, so that only the
     * {@code processed_event} record can stop the second delivery; a later event on the same key (so the
     * same partition, consumed after the duplicate) shows the duplicate has been consumed.
     */
    @Test
    void theSamePickupDeliveredTwiceCompletesTheApplicationOnce() {
        UUID id = readyAtTheSmartDesk();
        UUID compartment = UUID.randomUUID();
        DocumentPickedUp event = pickedUp(compartment, id);

        KafkaEvents.publish(event);
        awaitStatus(id, "COMPLETED");
        Database.update("update application set status = 'READY_FOR_PICKUP' where id = ?", id);
        KafkaEvents.publish(event);
        awaitConsumedAfter(compartment);

        assertThat(statusOf(id)).isEqualTo("READY_FOR_PICKUP");
        assertThat(outboxTypes(id)).containsExactly(COMPLETED);
        assertThat(Database.count("select count(*) from application_history where application_id = ? and action = 'COMPLETE'", id))
                .isEqualTo(1);
        assertThat(processed(event.eventId())).isEqualTo(1);
    }

    /** As above: the pickup is back at the Smart Desk, so only {@code processed_event} stops a second switch. */
    @Test
    void theSameExpiryDeliveredTwiceMovesThePickupOnce() {
        UUID id = readyAtTheSmartDesk();
        UUID compartment = UUID.randomUUID();
        PickupExpired event = expired(compartment, id);

        KafkaEvents.publish(event);
        awaitPickup(id, "COUNTER");
        Database.update("update application set pickup_method = 'SMART_DESK' where id = ?", id);
        KafkaEvents.publish(event);
        awaitConsumedAfter(compartment);

        assertThat(pickupMethodOf(id)).isEqualTo("SMART_DESK");
        assertThat(outboxTypes(id)).containsExactly(PICKUP_CHANGED);
        assertThat(Database.count("""
                select count(*) from application_history where application_id = ? and action = 'PICKUP_METHOD_CHANGED'
                """, id)).isEqualTo(1);
        assertThat(processed(event.eventId())).isEqualTo(1);
    }

    /** Publishes an expiry of another application on the same compartment key and waits until it has been applied. */
    private static void awaitConsumedAfter(UUID compartment) {
        UUID marker = readyAtTheSmartDesk();
        KafkaEvents.publish(expired(compartment, marker));
        awaitPickup(marker, "COUNTER");
    }

    @Test
    void anExpiredPickupMovesTheDocumentToTheCounter() {
        UUID id = readyAtTheSmartDesk();
        PickupExpired event = expired(UUID.randomUUID(), id);

        KafkaEvents.publish(event);

        awaitPickup(id, "COUNTER");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> processed(event.eventId()) == 1);
        assertThat(statusOf(id)).isEqualTo("READY_FOR_PICKUP");
        assertThat(outboxTypes(id)).containsExactly(PICKUP_CHANGED);
        JsonPath changed = JsonPath.from(KafkaEvents.published(id, 1).get(0).value());
        assertThat(changed.getString("from")).isEqualTo("SMART_DESK");
        assertThat(changed.getString("to")).isEqualTo("COUNTER");
        assertThat(changed.getString("reason")).isEqualTo("PICKUP_EXPIRED");
        assertThat(changed.getString("actorRole")).isEqualTo("SYSTEM");
        assertThat(Database.column("""
                select action || ' ' || detail || ' by ' || actor_role || ' via ' || coalesce(channel, 'none')
                from application_history where application_id = ? and action <> 'SUBMIT'
                """, id)).containsExactly("PICKUP_METHOD_CHANGED PICKUP_EXPIRED by system via none");
    }

    @Test
    void aFullLockerMovesThePickupToTheCounter() {
        UUID id = readyAtTheSmartDesk();

        KafkaEvents.publish(new LockerCapacityExhausted(UUID.randomUUID(), Instant.now(), id, "TTCSC-MAIN", CompartmentSize.S));

        awaitPickup(id, "COUNTER");
        ConsumerRecord<String, String> event = KafkaEvents.published(id, 1).get(0);
        KafkaEvents.assertCloudEvent(event, id, PickupMethodChanged.class);
        assertThat(JsonPath.from(event.value()).getString("reason")).isEqualTo("LOCKER_CAPACITY_EXHAUSTED");
        assertThat(JsonPath.from(event.value()).getString("siteId")).isEqualTo("TTCSC-MAIN");
    }

    @Test
    void anEventForAnUnknownApplicationIsConsumedAndSkipped() {
        DocumentPickedUp unknown = pickedUp(UUID.randomUUID(), UUID.randomUUID());

        KafkaEvents.publish(unknown);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> processed(unknown.eventId()) == 1);
        assertThat(outboxTypes(unknown.applicationId())).isEmpty();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndOtherTypesAreIgnoredWithoutBlockingTheNextEvent() {
        UUID compartment = UUID.randomUUID();
        UUID id = readyAtTheSmartDesk();
        String pickedUpType = EventCatalog.of(DocumentPickedUp.class).ceType();
        try (TopicReader deadLetters = new TopicReader("locker-events.dlq")) {
            KafkaEvents.publishRaw("locker-events", compartment.toString(), "{not json", pickedUpType);
            KafkaEvents.publishRaw("locker-events", compartment.toString(), "{}", "tw.smartdesk.locker.unheard_of.v1");
            KafkaEvents.publish(new CompartmentAssigned(UUID.randomUUID(), Instant.now(), compartment, id, "TTCSC-MAIN",
                    UUID.randomUUID(), "A-01", CompartmentSize.S));
            KafkaEvents.publish(pickedUp(compartment, id));

            List<ConsumerRecord<String, String>> dead = deadLetters.await(r -> compartment.toString().equals(r.key()), 2,
                    Duration.ofSeconds(20));
            assertThat(dead).extracting(ConsumerRecord::value).containsExactly("{not json", "{}");
            assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
            awaitStatus(id, "COMPLETED");
            assertThat(outboxTypes(id)).containsExactly(COMPLETED);
        }
    }
}
