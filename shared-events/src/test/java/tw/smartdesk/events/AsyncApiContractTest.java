package tw.smartdesk.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/asyncapi.yaml describes every topic and every catalogue type, and nothing else. */
class AsyncApiContractTest {

    private static final JsonNode DOC = ContractFiles.asyncApi();
    private static final String MESSAGE_REF = "#/components/messages/";
    /** Messages that are not CloudEvents: the erasure tombstone and the dead-letter envelope. */
    private static final Set<String> NON_EVENT_MESSAGES = Set.of("ApplicantContactTombstone", "DeadLetter");

    @Test
    void isAnAsyncApi3DocumentWithTheLocalBroker() {
        assertThat(DOC.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(DOC.at("/info/title").asText()).isNotBlank();
        assertThat(DOC.at("/servers/local/host").asText()).isEqualTo("127.0.0.1:9092");
        assertThat(DOC.at("/servers/local/protocol").asText()).isEqualTo("kafka");
        assertThat(DOC.at("/components/schemas/CloudEventHeaders/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("ce_id", "ce_source", "ce_type", "ce_subject", "ce_time", "ce_specversion",
                        "ce_dataschema", "content-type");
    }

    @ParameterizedTest
    @EnumSource(Topic.class)
    void topicHasAChannelWithItsClassificationKeyAndDeadLetters(Topic topic) {
        JsonNode channel = channel(topic.topicName());

        assertThat(channel.get("description").asText()).startsWith(topic.classification().name() + ".")
                .contains("Key: " + topic.keyField());
        assertThat(channel.get("x-classification").asText()).isEqualTo(topic.classification().name());
        assertThat(channel.get("x-key").asText()).isEqualTo(topic.keyField());
        assertThat(channel.get("x-dead-letter-address").asText()).isEqualTo(topic.deadLetterTopicName());
        assertThat(channel.at("/bindings/kafka/topicConfiguration/cleanup.policy/0").asText())
                .isEqualTo(topic.compacted() ? "compact" : "delete");
        assertThat(channel(topic.deadLetterTopicName()).get("x-dead-letter-of").asText())
                .isEqualTo(topic.topicName());
    }

    @ParameterizedTest
    @EnumSource(Topic.class)
    void topicChannelCarriesExactlyTheCatalogueTypesOfTheTopic(Topic topic) {
        List<String> expected = new ArrayList<>(
                EventCatalog.onTopic(topic).stream().map(type -> type.eventClass().getSimpleName()).toList());
        if (topic == Topic.APPLICANT_CONTACTS) {
            expected.add("ApplicantContactTombstone");
        }

        assertThat(channelMessageNames(channel(topic.topicName()))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void typeHasAMessage(EventType type) {
        String name = type.eventClass().getSimpleName();
        JsonNode message = DOC.at("/components/messages/" + name);

        assertThat(message.isMissingNode()).as("message %s", name).isFalse();
        assertThat(message.get("name").asText()).isEqualTo(name);
        assertThat(message.get("title").asText()).contains(type.ceType());
        assertThat(message.get("contentType").asText()).isEqualTo("application/json");
        assertThat(message.get("x-ce-type").asText()).isEqualTo(type.ceType());
        assertThat(message.get("x-ce-source").asText()).isEqualTo(type.source());
        assertThat(message.at("/headers/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/CloudEventHeaders");
        JsonNode constants = message.at("/headers/allOf/1/properties");
        assertThat(constants.at("/ce_type/const").asText()).isEqualTo(type.ceType());
        assertThat(constants.at("/ce_source/const").asText()).isEqualTo(type.source());
        assertThat(constants.at("/ce_dataschema/const").asText()).isEqualTo(type.dataSchema());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void messagePayloadIsTheTypesSchemaFile(EventType type) {
        String ref = DOC.at("/components/messages/" + type.eventClass().getSimpleName() + "/payload/$ref").asText();
        Path payload = ContractFiles.asyncApiPath().resolveSibling(ref).normalize();
        Path schema = ContractFiles.asyncApiPath().getParent()
                .resolve("../shared-events/src/main/resources").resolve(type.schemaResource()).normalize();

        assertThat(payload).isEqualTo(schema);
        assertThat(Files.isRegularFile(payload)).as("%s exists", payload).isTrue();
    }

    @Test
    void everyEventMessageIsACatalogueType() {
        for (Map.Entry<String, JsonNode> message : DOC.at("/components/messages").properties()) {
            if (NON_EVENT_MESSAGES.contains(message.getKey())) {
                assertThat(message.getValue().has("x-ce-type")).isFalse();
                continue;
            }
            EventType type = EventCatalog.byCeType(message.getValue().get("x-ce-type").asText());
            assertThat(type.eventClass().getSimpleName()).isEqualTo(message.getKey());
        }
    }

    @Test
    void everyChannelHasASendOperationListingItsMessages() {
        Map<String, JsonNode> operationsByChannel = DOC.get("operations").properties().stream()
                .filter(op -> "send".equals(op.getValue().get("action").asText()))
                .collect(Collectors.toMap(op -> op.getValue().at("/channel/$ref").asText(), Map.Entry::getValue));

        for (Map.Entry<String, JsonNode> channel : DOC.get("channels").properties()) {
            String channelRef = "#/channels/" + channel.getKey();
            JsonNode operation = operationsByChannel.get(channelRef);
            assertThat(operation).as("operation for %s", channelRef).isNotNull();
            assertThat(operation.get("action").asText()).isEqualTo("send");
            assertThat(operation.get("messages")).extracting(ref -> ref.get("$ref").asText())
                    .containsExactlyInAnyOrderElementsOf(channelMessageNames(channel.getValue()).stream()
                            .map(name -> channelRef + "/messages/" + name).toList());
        }
    }

    @Test
    void everyReceiveOperationListsMessagesOfItsChannel() {
        List<JsonNode> receives = DOC.get("operations").properties().stream()
                .map(Map.Entry::getValue)
                .filter(op -> "receive".equals(op.get("action").asText()))
                .toList();
        assertThat(receives).isNotEmpty();
        for (JsonNode operation : receives) {
            String channelRef = operation.at("/channel/$ref").asText();
            assertThat(operation.get("messages")).extracting(ref -> ref.get("$ref").asText())
                    .isNotEmpty()
                    .allSatisfy(ref -> assertThat(ref).startsWith(channelRef + "/messages/"));
        }
    }

    @Test
    void channelsAreExactlyTheTopicsAndTheirDeadLetterTopics() {
        List<String> expected = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            expected.add(topic.topicName());
            expected.add(topic.deadLetterTopicName());
        }

        assertThat(DOC.get("channels").properties()).extracting(channel -> channel.getValue().get("address").asText())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static JsonNode channel(String address) {
        return DOC.get("channels").properties().stream()
                .map(Map.Entry::getValue)
                .filter(channel -> channel.get("address").asText().equals(address))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No channel with address " + address));
    }

    /** Names of the component messages a channel references. */
    private static List<String> channelMessageNames(JsonNode channel) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> message : channel.get("messages").properties()) {
            String ref = message.getValue().get("$ref").asText();
            assertThat(ref).startsWith(MESSAGE_REF).endsWith("/" + message.getKey());
            names.add(ref.substring(MESSAGE_REF.length()));
        }
        return names;
    }
}
