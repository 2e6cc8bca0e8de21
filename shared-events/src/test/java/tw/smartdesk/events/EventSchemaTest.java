package tw.smartdesk.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each schema accepts its golden file, rejects broken values and describes exactly its record. */
class EventSchemaTest {

    private static final String NOT_A_VALUE = "NOT_A_VALUE";

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void schemaIsAValidDraft202012Schema(EventType type) {
        assertThat(ContractFiles.metaSchema().validate(ContractFiles.schema(type))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void goldenFileIsValid(EventType type) {
        assertThat(ContractFiles.validator(type).validate(ContractFiles.golden(type))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void valueMissingARequiredFieldIsInvalid(EventType type) {
        JsonSchema validator = ContractFiles.validator(type);

        for (String field : required(type)) {
            ObjectNode value = ContractFiles.golden(type).deepCopy();
            value.remove(field);
            assertThat(validator.validate(value)).as("without %s", field).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void valueWithAnUnknownEnumConstantIsInvalid(EventType type) {
        JsonSchema validator = ContractFiles.validator(type);

        for (Map.Entry<String, JsonNode> property : ContractFiles.schema(type).get("properties").properties()) {
            ObjectNode value = ContractFiles.golden(type).deepCopy();
            JsonNode definition = property.getValue();
            if (definition.has("enum")) {
                value.put(property.getKey(), NOT_A_VALUE);
            } else if (definition.path("items").has("enum")) {
                value.putArray(property.getKey()).add(NOT_A_VALUE);
            } else {
                continue;
            }
            assertThat(validator.validate(value)).as("%s = %s", property.getKey(), NOT_A_VALUE).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void valueWithAnInvalidEventIdIsInvalid(EventType type) {
        ObjectNode value = ContractFiles.golden(type).deepCopy();
        value.put("eventId", "not-a-uuid");
        ObjectNode late = ContractFiles.golden(type).deepCopy();
        late.put("occurredAt", "2025-03-03 09:15");

        assertThat(ContractFiles.validator(type).validate(value)).isNotEmpty();
        assertThat(ContractFiles.validator(type).validate(late)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void schemaDescribesExactlyTheRecord(EventType type) {
        assertSameFields(ContractFiles.schema(type), type.eventClass(), type.eventClass().getSimpleName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void schemaRequiresIdentityAndEveryPrimitive(EventType type) {
        List<String> expected = new ArrayList<>(List.of("eventId", "occurredAt", GoldenEventTest.subjectField(type)));
        for (RecordComponent component : type.eventClass().getRecordComponents()) {
            if (component.getType().isPrimitive()) {
                expected.add(component.getName());
            }
        }

        assertThat(required(type)).containsAll(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void schemaHeaderNamesTheType(EventType type) {
        JsonNode schema = ContractFiles.schema(type);

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo(type.dataSchema());
        assertThat(schema.get("title").asText()).isEqualTo(type.eventClass().getSimpleName());
        assertThat(schema.get("description").asText()).isNotBlank();
        assertThat(schema.get("additionalProperties").isBoolean()).isTrue();
        assertThat(schema.get("additionalProperties").asBoolean()).as("closed").isFalse();
    }

    private static List<String> required(EventType type) {
        List<String> names = new ArrayList<>();
        ContractFiles.schema(type).get("required").forEach(name -> names.add(name.asText()));
        return names;
    }

    /** Schema properties equal the record components, nested records included. */
    private static void assertSameFields(JsonNode schema, Class<?> recordClass, String path) {
        assertThat(schema.get("properties").fieldNames()).toIterable().as(path)
                .containsExactlyInAnyOrder(GoldenEventTest.componentNames(recordClass));
        for (RecordComponent component : recordClass.getRecordComponents()) {
            JsonNode property = schema.get("properties").get(component.getName());
            assertThat(property.path("description").asText()).as("description of %s.%s", path, component.getName())
                    .isNotBlank();
            if (component.getType().isRecord()) {
                assertSameFields(property, component.getType(), path + "." + component.getName());
            }
        }
    }
}
