package tw.smartdesk.localstack;

import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import tw.smartdesk.kafkasetup.ContractTopics;
import tw.smartdesk.kafkasetup.TopicSetupException;

/**
 * Creates the contract's topics on the stack's broker ({@link ContractTopics}: every topic of
 * {@code tw.smartdesk.events.Topic} and its dead-letter topic); the broker does not auto-create topics.
 */
final class Topics {

    private Topics() {
    }

    /** Creates the topics the broker does not have yet; returns the names it created. */
    static List<String> createMissing(String bootstrapServers) {
        try (Admin admin = Admin.create(KafkaProcess.adminConfig(bootstrapServers))) {
            return ContractTopics.createMissing(admin);
        } catch (TopicSetupException e) {
            throw new StackException("Cannot create the topics on Kafka at " + bootstrapServers + ": "
                    + e.getCause().getMessage(), e);
        }
    }
}
