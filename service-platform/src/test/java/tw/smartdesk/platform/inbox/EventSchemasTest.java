package tw.smartdesk.platform.inbox;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.EventJson;
import tw.smartdesk.events.EventType;
import tw.smartdesk.events.MalformedEventException;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.platform.probe.ProbeEvents;

/** The two ways to check a value: closed for a producer, tolerant of unknown fields for a consumer. */
class EventSchemasTest {

    private static final EventType TYPE = EventCatalog.of(ApplicationSubmittedV2.class);

    @Test
    void aProducerMayNotAddAFieldTheSchemaDoesNotDescribe() {
        String value = withField(EventJson.write(ProbeEvents.current(UUID.randomUUID(), 1)));

        assertThatThrownBy(() -> EventSchemas.validateOutgoing(TYPE, value)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("addedByANewerProducer");
        assertThatCode(() -> EventSchemas.validateIncoming(TYPE, value)).doesNotThrowAnyException();
    }

    @Test
    void bothWaysRefuseAValueThatBreaksADescribedField() {
        String value = EventJson.write(ProbeEvents.current(UUID.randomUUID(), 1))
                .replace("\"IN_COUNTY\"", "\"A123456789\"");

        assertThatThrownBy(() -> EventSchemas.validateOutgoing(TYPE, value)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventSchemas.validateIncoming(TYPE, value)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void bothWaysAcceptAValidValue() {
        String value = EventJson.write(ProbeEvents.current(UUID.randomUUID(), 1));

        assertThatCode(() -> EventSchemas.validateOutgoing(TYPE, value)).doesNotThrowAnyException();
        assertThatCode(() -> EventSchemas.validateIncoming(TYPE, value)).doesNotThrowAnyException();
    }

    private static String withField(String json) {
        return json.replaceFirst("\\{", "{\"addedByANewerProducer\":\"HR-002\",");
    }
}
