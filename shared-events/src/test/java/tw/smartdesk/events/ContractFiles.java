package tw.smartdesk.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** Loads the contract's files (schemas, golden events, the AsyncAPI document) for the tests. */
final class ContractFiles {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private ContractFiles() {
    }

    /** Every catalogue type, named by its record for readable test names. */
    static Stream<Named<EventType>> types() {
        return EventCatalog.all().stream().map(type -> Named.of(type.eventClass().getSimpleName(), type));
    }

    static String goldenResource(EventType type) {
        return "events/" + type.ceType() + ".json";
    }

    static String goldenText(EventType type) {
        return text(goldenResource(type));
    }

    static JsonNode golden(EventType type) {
        return tree(goldenText(type));
    }

    static JsonNode schema(EventType type) {
        return tree(text(type.schemaResource()));
    }

    static JsonSchema validator(EventType type) {
        return SCHEMAS.getSchema(schema(type), STRICT_FORMATS);
    }

    /** The draft 2020-12 meta-schema (bundled with the validator, no network). */
    static JsonSchema metaSchema() {
        return SCHEMAS.getSchema(SchemaLocation.of(SchemaId.V202012), STRICT_FORMATS);
    }

    /** Names of the files in a classpath folder, such as {@code schemas}. */
    static Set<String> fileNames(String folder) {
        try (Stream<Path> files = Files.list(classpathFolder(folder))) {
            return files.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding this module's compiled main classes. */
    static Path mainClassesRoot() {
        try {
            Path root = Path.of(SmartDeskEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(root)) {
                throw new IllegalStateException("Expected compiled classes in a folder, found " + root);
            }
            return root;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The AsyncAPI document; the tests run with the module folder as working directory. */
    static Path asyncApiPath() {
        return Path.of(System.getProperty("smartdesk.asyncapi", "../docs/asyncapi.yaml")).toAbsolutePath().normalize();
    }

    static JsonNode asyncApi() {
        try {
            return new YAMLMapper().readTree(asyncApiPath().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = ContractFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classpathFolder(String folder) {
        URL url = ContractFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("Missing classpath folder " + folder);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
