package tw.smartdesk.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.EventJson;
import tw.smartdesk.events.EventSources;
import tw.smartdesk.events.EventType;
import tw.smartdesk.events.MalformedEventException;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.Topic;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.events.application.Residency;

/** Reading a record against the contract: what is an event, what is poison, what is a tombstone. */
class IncomingEventsTest {

    private static final ApplicationSubmitted SUBMITTED = new ApplicationSubmitted(UUID.randomUUID(), Instant.now(),
            UUID.randomUUID(), UUID.randomUUID(), "APL-0123456789ab", "HR-001", ApplicationChannel.ONLINE, "卑南鄉",
            "30-39", Residency.IN_COUNTY);

    private static ConsumerRecord<String, String> record(String topic, String value, String ceType, String source) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 7L, "key", value);
        if (ceType != null) {
            record.headers().add(IncomingEvents.CE_TYPE_HEADER, ceType.getBytes(StandardCharsets.UTF_8));
        }
        if (source != null) {
            record.headers().add(IncomingEvents.CE_SOURCE_HEADER, source.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static ConsumerRecord<String, String> asPublished(SmartDeskEvent event) {
        EventType type = EventCatalog.of(event.getClass());
        return record(type.topic().topicName(), EventJson.write(event), type.ceType(), type.source());
    }

    @Test
    void anEventAsItsProducerPublishesItIsRead() {
        assertThat(IncomingEvents.read(Topic.APPLICATION_EVENTS, asPublished(SUBMITTED))).isEqualTo(SUBMITTED);
    }

    @Test
    void aTypeOfAnotherTopicIsPoison() {
        assertThatThrownBy(() -> IncomingEvents.read(Topic.LOCKER_EVENTS, asPublished(SUBMITTED)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("belongs on application-events, not on locker-events");
    }

    @Test
    void anUnexpectedOrMissingSourceIsPoison() {
        String type = EventCatalog.of(ApplicationSubmitted.class).ceType();
        String value = EventJson.write(SUBMITTED);

        assertThatThrownBy(() -> IncomingEvents.read(Topic.APPLICATION_EVENTS,
                record("application-events", value, type, EventSources.RESERVATION_SERVICE)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("comes from " + EventSources.RESERVATION_SERVICE);
        assertThatThrownBy(() -> IncomingEvents.read(Topic.APPLICATION_EVENTS, record("application-events", value, type, null)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("no ce_source header");
    }

    @Test
    void aValueFailingItsSchemaIsPoisonEvenWhenItWouldMapToTheRecord() {
        String badCode = EventJson.write(SUBMITTED).replace("\"HR-001\"", "\"not a code\"");
        String missing = EventJson.write(SUBMITTED).replace("\"channel\":\"ONLINE\"", "\"other\":1");
        String type = EventCatalog.of(ApplicationSubmitted.class).ceType();

        assertThatThrownBy(() -> IncomingEvents.read(Topic.APPLICATION_EVENTS,
                record("application-events", badCode, type, EventSources.APPLICATION_SERVICE)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("fails its schema")
                .hasMessageContaining("serviceCode");
        assertThatThrownBy(() -> IncomingEvents.read(Topic.APPLICATION_EVENTS,
                record("application-events", missing, type, EventSources.APPLICATION_SERVICE)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("channel");
    }

    @Test
    void aNullValueWithoutTypeIsATombstoneWhateverOtherHeadersItCarries() {
        ConsumerRecord<String, String> tombstone = record("applicant-contacts", null, null, null);
        tombstone.headers().add("ce_subject", "key".getBytes(StandardCharsets.UTF_8));

        assertThat(IncomingEvents.isTombstone(tombstone)).isTrue();
        assertThat(IncomingEvents.isTombstone(record("applicant-contacts", null, "tw.smartdesk.applicant.contact_updated.v1",
                null))).isFalse();
        assertThat(IncomingEvents.isTombstone(asPublished(SUBMITTED))).isFalse();
    }
}
