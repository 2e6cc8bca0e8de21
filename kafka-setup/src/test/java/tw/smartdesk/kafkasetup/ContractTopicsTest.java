package tw.smartdesk.kafkasetup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.Topic;

/** The topic list every broker of SmartDesk gets: the contract and its dead-letter topics. */
class ContractTopicsTest {

    @Test
    void everyTopicOfTheContractAndItsDeadLetterTopic() {
        assertThat(ContractTopics.required()).extracting(NewTopic::name).containsExactly(
                "application-events", "application-events.dlq",
                "reservation-events", "reservation-events.dlq",
                "locker-events", "locker-events.dlq",
                "notification-events", "notification-events.dlq",
                "notification-requests", "notification-requests.dlq",
                "applicant-contacts", "applicant-contacts.dlq");
        assertThat(ContractTopics.required()).hasSize(Topic.values().length * 2);
    }

    @Test
    void threePartitionsOneReplica() {
        assertThat(ContractTopics.required()).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(3);
            assertThat(topic.replicationFactor()).isEqualTo((short) 1);
        });
    }

    @Test
    void onlyTheContactsTopicIsCompactedAndNeverADeadLetterTopic() {
        List<String> compacted = ContractTopics.required().stream()
                .filter(topic -> topic.configs() != null && "compact".equals(topic.configs().get("cleanup.policy")))
                .map(NewTopic::name).toList();

        assertThat(compacted).containsExactly("applicant-contacts");
        assertThat(ContractTopics.required()).filteredOn(topic -> topic.name().endsWith(".dlq"))
                .allSatisfy(topic -> assertThat(topic.configs() == null ? Map.of() : topic.configs()).isEmpty());
    }

    @Test
    void anErasedPersonsValuesAreCompactedAwayWithinADay() {
        NewTopic contacts = ContractTopics.required().stream().filter(topic -> topic.name().equals("applicant-contacts"))
                .findFirst().orElseThrow();

        assertThat(contacts.configs()).containsEntry("max.compaction.lag.ms", "86400000")
                .containsEntry("delete.retention.ms", "86400000");
    }
}
