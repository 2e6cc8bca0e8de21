package tw.smartdesk.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tw.smartdesk.events.application.ApplicationRejected;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.events.application.SatisfactionRated;
import tw.smartdesk.events.application.SupplementRequested;
import tw.smartdesk.events.notification.NotificationFailed;

/**
 * Nothing personal on a public topic, by construction: every field of every public event a producer may
 * record is an id, a code from a closed list, a number, a time or a strictly patterned value, and every
 * schema is closed, so a field nobody described cannot travel either.
 */
class PublicFieldsTest {

    private static final List<String> STRICT_KEYWORDS = List.of("enum", "const", "pattern", "format");

    static List<EventType> currentPublicTypes() {
        return EventCatalog.current().stream()
                .filter(type -> type.topic().classification() == Classification.PUBLIC).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void everySchemaRefusesAnUnknownField(EventType type) {
        ObjectNode value = ContractFiles.golden(type).deepCopy();
        value.put("addedByMistake", "A123456789");

        assertThat(ContractFiles.validator(type).validate(value)).as("closed: additionalProperties false")
                .isNotEmpty();
    }

    @Test
    void everyStringFieldOfAPublicEventIsClosedOrPatterned() {
        assertThat(currentPublicTypes()).hasSizeGreaterThan(20);
        for (EventType type : currentPublicTypes()) {
            assertThat(looseSchemaStrings("", ContractFiles.schema(type))).as("schema of %s", type.ceType()).isEmpty();
            assertThat(looseRecordStrings(type.eventClass(), ContractFiles.schema(type), ""))
                    .as("record %s", type.eventClass().getSimpleName()).isEmpty();
        }
    }

    /** The walker finds the free text of the versions it replaced; producers may no longer record those. */
    @Test
    void theWalkerCatchesTheFreeTextOfSupersededVersions() {
        assertThat(loose(ApplicationSubmitted.class)).containsExactly("township");
        assertThat(loose(ApplicationRejected.class)).containsExactly("note");
        assertThat(loose(SupplementRequested.class)).containsExactly("note");
        assertThat(loose(SatisfactionRated.class)).containsExactly("comment");
        assertThat(loose(NotificationFailed.class)).containsExactly("reason");
        assertThat(EventCatalog.all()).filteredOn(EventCatalog::superseded).extracting(EventType::eventClass)
                .containsExactlyInAnyOrder(ApplicationSubmitted.class, ApplicationRejected.class,
                        SupplementRequested.class, SatisfactionRated.class, NotificationFailed.class);
    }

    @Test
    void enumsInTheSchemasOfPublicEventsListExactlyTheJavaConstants() {
        for (EventType type : currentPublicTypes()) {
            for (RecordComponent component : type.eventClass().getRecordComponents()) {
                Class<?> javaType = elementType(component);
                if (javaType.isEnum()) {
                    JsonNode property = ContractFiles.schema(type).get("properties").get(component.getName());
                    JsonNode values = property.has("items") ? property.get("items").get("enum") : property.get("enum");
                    List<String> names = new ArrayList<>();
                    values.forEach(value -> names.add(value.asText()));
                    assertThat(names).as("%s.%s", type.ceType(), component.getName()).containsExactlyElementsOf(
                            Arrays.stream(javaType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
                }
            }
        }
    }

    private static List<String> loose(Class<? extends SmartDeskEvent> eventClass) {
        return looseSchemaStrings("", ContractFiles.schema(EventCatalog.of(eventClass))).stream()
                .map(path -> path.substring(1)).toList();
    }

    /** Paths of string values (properties, array items, map values) the schema leaves open. */
    private static List<String> looseSchemaStrings(String path, JsonNode schema) {
        List<String> loose = new ArrayList<>();
        if ("string".equals(schema.path("type").asText()) && STRICT_KEYWORDS.stream().noneMatch(schema::has)) {
            loose.add(path);
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            loose.addAll(looseSchemaStrings(path + "." + property.getKey(), property.getValue()));
        }
        if (schema.has("items")) {
            loose.addAll(looseSchemaStrings(path + "[]", schema.get("items")));
        }
        if (schema.path("additionalProperties").isObject()) {
            loose.addAll(looseSchemaStrings(path + "{}", schema.get("additionalProperties")));
        }
        return loose;
    }

    /** Paths of String components (or lists of them) whose schema property has no enum, pattern or format. */
    private static List<String> looseRecordStrings(Class<?> recordClass, JsonNode schema, String path) {
        List<String> loose = new ArrayList<>();
        for (RecordComponent component : recordClass.getRecordComponents()) {
            JsonNode property = schema.path("properties").path(component.getName());
            JsonNode values = property.has("items") ? property.get("items") : property;
            Class<?> javaType = elementType(component);
            if (javaType == String.class && STRICT_KEYWORDS.stream().noneMatch(values::has)) {
                loose.add(path + component.getName());
            } else if (javaType.isRecord()) {
                loose.addAll(looseRecordStrings(javaType, property, path + component.getName() + "."));
            }
        }
        return loose;
    }

    /** The component's type, or the element type of a list. */
    private static Class<?> elementType(RecordComponent component) {
        if (List.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            return element instanceof Class<?> elementClass ? elementClass : Object.class;
        }
        return component.getType();
    }
}
