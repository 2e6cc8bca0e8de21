package tw.smartdesk.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tw.smartdesk.events.contacts.FilingContactGiven;
import tw.smartdesk.events.locker.LockerCapacityExhausted;

/** Each golden file reads into its record and writes back to the same JSON. */
class GoldenEventTest {

    /** Types whose subject is not the topic's key field, and the field it is instead. */
    static final Map<Class<?>, String> SUBJECT_FIELD_EXCEPTIONS = Map.of(LockerCapacityExhausted.class, "applicationId",
            FilingContactGiven.class, "submissionId");

    static String subjectField(EventType type) {
        return SUBJECT_FIELD_EXCEPTIONS.getOrDefault(type.eventClass(), type.topic().keyField());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void goldenFileRoundTrips(EventType type) {
        SmartDeskEvent event = EventJson.read(ContractFiles.goldenText(type), type.eventClass());

        assertThat(event).isInstanceOf(type.eventClass());
        assertThat(ContractFiles.tree(EventJson.write(event))).isEqualTo(ContractFiles.golden(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void goldenFileSetsEveryComponentThatIsStillSent(EventType type) {
        JsonNode golden = ContractFiles.golden(type);
        List<String> retired = deprecatedFields(type);
        String[] sent = Arrays.stream(componentNames(type.eventClass())).filter(name -> !retired.contains(name))
                .toArray(String[]::new);

        assertThat(golden.fieldNames()).toIterable()
                .as("the golden file exercises every field, optional ones included, but none no longer sent")
                .containsExactlyInAnyOrder(sent);
    }

    /** Fields the schema marks {@code deprecated}: still readable in old events, no longer sent. */
    static List<String> deprecatedFields(EventType type) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : ContractFiles.schema(type).get("properties").properties()) {
            if (property.getValue().path("deprecated").asBoolean()) {
                names.add(property.getKey());
            }
        }
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void subjectIsTheKeyField(EventType type) {
        SmartDeskEvent event = EventJson.read(ContractFiles.goldenText(type), type.eventClass());
        JsonNode golden = ContractFiles.golden(type);

        assertThat(event.subject()).isEqualTo(golden.get(subjectField(type)).asText());
        assertThat(event.eventId()).hasToString(golden.get("eventId").asText());
        assertThat(golden.has("subject")).as("subject() is not serialised").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void idAndTimeComeFirst(EventType type) {
        RecordComponent[] components = type.eventClass().getRecordComponents();

        assertThat(components[0].getName()).isEqualTo("eventId");
        assertThat(components[1].getName()).isEqualTo("occurredAt");
        assertThat(components[2].getName()).isEqualTo(subjectField(type));
    }

    static String[] componentNames(Class<?> recordClass) {
        return Arrays.stream(recordClass.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
    }
}
