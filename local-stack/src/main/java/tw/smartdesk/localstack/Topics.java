package tw.smartdesk.localstack;

import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import tw.smartdesk.kafkasetup.AccessSetup;
import tw.smartdesk.kafkasetup.ContractTopics;
import tw.smartdesk.kafkasetup.KafkaAccess;
import tw.smartdesk.kafkasetup.KafkaCredentials;
import tw.smartdesk.kafkasetup.TopicSetupException;

/**
 * Sets up the stack's broker as its super user: the principals' SCRAM credentials and ACLs ({@link AccessSetup},
 * {@code KafkaAccess}) and the contract's topics ({@link ContractTopics}: every topic of
 * {@code tw.smartdesk.events.Topic} and its dead-letter topic); the broker does not auto-create topics.
 */
final class Topics {

    private Topics() {
    }

    /** Puts the principals and ACLs in place and creates the topics the broker does not have yet; returns their names. */
    static List<String> setUp(String bootstrapServers, KafkaCredentials credentials) {
        try (Admin admin = Admin.create(KafkaProcess.adminConfig(bootstrapServers, credentials))) {
            AccessSetup.apply(admin, credentials, KafkaAccess.grants());
            return ContractTopics.createMissing(admin);
        } catch (TopicSetupException e) {
            throw new StackException("Cannot set up principals, ACLs and topics on Kafka at " + bootstrapServers + ": "
                    + e.getCause().getMessage(), e);
        }
    }
}
