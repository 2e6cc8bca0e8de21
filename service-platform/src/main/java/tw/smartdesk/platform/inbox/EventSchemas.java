package tw.smartdesk.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tw.smartdesk.events.EventJson;
import tw.smartdesk.events.EventType;
import tw.smartdesk.events.MalformedEventException;

/**
 * Checks an event value against the JSON Schema its contract publishes for its type and version
 * ({@code shared-events}, {@code schemas/<ceType>.json}), formats included. Each schema is compiled
 * once; a check costs a few microseconds for the small values SmartDesk sends.
 */
final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig FORMATS_ASSERTED =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final int REASONS_SHOWN = 3;
    private static final Map<EventType, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Throws {@link MalformedEventException} naming the broken rules when {@code value} is not valid JSON or fails the schema. */
    static void validate(EventType type, String value) {
        JsonNode tree;
        try {
            tree = EventJson.mapper().readTree(value);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Not a valid " + type.eventClass().getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
        Set<ValidationMessage> broken = COMPILED.computeIfAbsent(type, EventSchemas::compile).validate(tree);
        if (!broken.isEmpty()) {
            String reasons = broken.stream().limit(REASONS_SHOWN).map(ValidationMessage::getMessage)
                    .collect(Collectors.joining("; "));
            throw new MalformedEventException("Event of type " + type.ceType() + " fails its schema: " + reasons);
        }
    }

    private static JsonSchema compile(EventType type) {
        try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("The contract has no schema " + type.schemaResource());
            }
            return FACTORY.getSchema(EventJson.mapper().readTree(in), FORMATS_ASSERTED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
