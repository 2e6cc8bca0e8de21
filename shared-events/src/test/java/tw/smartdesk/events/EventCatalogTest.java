package tw.smartdesk.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue lists every event record, and every schema and golden file belongs to an entry. */
class EventCatalogTest {

    private static final String CE_TYPE = "tw\\.smartdesk\\.[a-z]+\\.[a-z_]+\\.v[1-9][0-9]*";
    private static final Set<String> SOURCES = Set.of(EventSources.APPLICATION_SERVICE,
            EventSources.RESERVATION_SERVICE, EventSources.PICKUP_LOCKER_SERVICE, EventSources.NOTIFICATION_SERVICE,
            EventSources.ANALYTICS_SERVICE);

    @Test
    void everyEventRecordIsInTheCatalogue() throws IOException {
        Set<Class<?>> catalogued = EventCatalog.all().stream().map(EventType::eventClass).collect(Collectors.toSet());

        assertThat(eventRecords()).as("records implementing SmartDeskEvent").isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(catalogued);
    }

    @Test
    void everySchemaFileHasACatalogueEntry() {
        assertThat(ContractFiles.fileNames("schemas")).containsExactlyInAnyOrderElementsOf(
                EventCatalog.all().stream().map(type -> type.ceType() + ".json").toList());
    }

    @Test
    void everyGoldenFileHasACatalogueEntry() {
        assertThat(ContractFiles.fileNames("events")).containsExactlyInAnyOrderElementsOf(
                EventCatalog.all().stream().map(type -> type.ceType() + ".json").toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void entryIsWellFormed(EventType type) {
        assertThat(type.ceType()).matches(CE_TYPE).startsWith(EventType.TYPE_PREFIX);
        assertThat(type.version()).isPositive();
        assertThat(type.source()).isIn(SOURCES);
        assertThat(type.dataSchema()).isEqualTo("urn:smartdesk:schema:" + type.ceType());
        assertThat(EventCatalog.of(type.eventClass())).isSameAs(type);
        assertThat(EventCatalog.byCeType(type.ceType())).isSameAs(type);
    }

    @Test
    void onTopicListsTheTypesOfOneTopic() {
        for (Topic topic : Topic.values()) {
            assertThat(EventCatalog.onTopic(topic)).as(topic.topicName()).isNotEmpty()
                    .allSatisfy(type -> assertThat(type.topic()).isEqualTo(topic));
        }
        assertThat(Stream.of(Topic.values()).mapToInt(topic -> EventCatalog.onTopic(topic).size()).sum())
                .isEqualTo(EventCatalog.all().size());
    }

    @Test
    void unknownTypesAreRefused() {
        assertThatThrownBy(() -> EventCatalog.byCeType("tw.smartdesk.application.teleported.v1"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCatalog.of(NotCatalogued.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheOriginalSubmittedType() {
        assertThat(EventCatalog.byCeType("tw.smartdesk.application.submitted.v1").eventClass().getSimpleName())
                .isEqualTo("ApplicationSubmitted");
        assertThat(EventCatalog.byCeType("tw.smartdesk.application.document_ready_for_pickup.v1").topic())
                .isEqualTo(Topic.APPLICATION_EVENTS);
    }

    /** Every record implementing SmartDeskEvent among the compiled main classes. */
    private static List<Class<?>> eventRecords() throws IOException {
        Path root = ContractFiles.mainClassesRoot();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> className(root, file))
                    .map(EventCatalogTest::load)
                    .filter(type -> type.isRecord() && SmartDeskEvent.class.isAssignableFrom(type))
                    .toList();
        }
    }

    private static String className(Path root, Path file) {
        String relative = root.relativize(file).toString();
        return relative.substring(0, relative.length() - ".class".length()).replace(root.getFileSystem().getSeparator(), ".");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EventCatalogTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private record NotCatalogued(UUID eventId, Instant occurredAt) implements SmartDeskEvent {
        @Override
        public String subject() {
            return eventId.toString();
        }
    }
}
