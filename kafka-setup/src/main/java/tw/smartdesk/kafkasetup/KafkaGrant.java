package tw.smartdesk.kafkasetup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import tw.smartdesk.events.Topic;

/**
 * What one Kafka principal may do: write the topics it publishes, read the topics it consumes, and, for each
 * topic it consumes, write and read that topic's dead-letter topic (its poison messages, and the re-drive
 * endpoint's reader). Consumer groups: those whose id starts with the principal's name.
 *
 * @param principal the SCRAM user name, e.g. {@code application-service}
 * @param writes the topics it publishes (never another principal's: nobody can forge another service's events)
 * @param reads the topics it consumes
 * @param deadLetters whether it writes and reads the dead-letter topics of what it reads (a service does; a
 *     county system reading public topics does not)
 */
public record KafkaGrant(String principal, Set<Topic> writes, Set<Topic> reads, boolean deadLetters) {

    public KafkaGrant {
        writes = Set.copyOf(writes);
        reads = Set.copyOf(reads);
    }

    /** {@code User:<principal>}, as in ACLs and {@code super.users}. */
    public String user() {
        return "User:" + principal;
    }

    /** The prefix every consumer group id of this principal starts with. */
    public String groupPrefix() {
        return principal;
    }

    /** The topic names it may write, sorted. */
    public Set<String> writableTopics() {
        return withDeadLetters(writes);
    }

    /** The topic names it may read, sorted. */
    public Set<String> readableTopics() {
        return withDeadLetters(reads);
    }

    /** The names of {@code topics}, and the dead-letter topics of what it reads if it handles those. */
    private Set<String> withDeadLetters(Set<Topic> topics) {
        Set<String> names = new TreeSet<>();
        topics.forEach(topic -> names.add(topic.topicName()));
        if (deadLetters) {
            reads.forEach(topic -> names.add(topic.deadLetterTopicName()));
        }
        return names;
    }

    /** The ACLs that allow exactly this (everything else is denied: the broker has no ACL-less default). */
    public List<AclBinding> aclBindings() {
        List<AclBinding> bindings = new ArrayList<>();
        writableTopics().forEach(topic -> bindings.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE)));
        readableTopics().forEach(topic -> bindings.add(allow(ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ)));
        if (!reads.isEmpty()) {
            bindings.add(allow(ResourceType.GROUP, groupPrefix(), PatternType.PREFIXED, AclOperation.READ));
        }
        return bindings;
    }

    private AclBinding allow(ResourceType type, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(user(), "*", operation, AclPermissionType.ALLOW));
    }
}
