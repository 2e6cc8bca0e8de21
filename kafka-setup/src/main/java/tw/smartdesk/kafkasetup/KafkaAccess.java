package tw.smartdesk.kafkasetup;

import static tw.smartdesk.events.Topic.APPLICANT_CONTACTS;
import static tw.smartdesk.events.Topic.APPLICATION_EVENTS;
import static tw.smartdesk.events.Topic.LOCKER_EVENTS;
import static tw.smartdesk.events.Topic.NOTIFICATION_EVENTS;
import static tw.smartdesk.events.Topic.NOTIFICATION_REQUESTS;
import static tw.smartdesk.events.Topic.RESERVATION_EVENTS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.smartdesk.events.Classification;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.EventSources;
import tw.smartdesk.events.EventType;
import tw.smartdesk.events.Topic;

/**
 * Who may do what on SmartDesk's broker: one SCRAM principal per service, {@value #EXTERNAL_READER} for other
 * county systems, and {@value #ADMIN}, the super user that sets up topics, credentials and ACLs (and the broker's
 * own inter-broker and controller connections). Everything not granted here is denied.
 *
 * <p>A service writes the topics whose events the contract says it emits ({@link EventCatalog}: each type's
 * source) and the dead-letter topics of what it consumes; it reads what {@link #CONSUMERS} lists for it. No
 * service may write a topic it consumes: re-driving a dead letter back to another service's topic is refused by
 * the broker unless the service's dead-letter channel runs as a principal allowed to write there (see
 * kafka-setup/README.md). {@value #EXTERNAL_READER} reads the public topics only.
 */
public final class KafkaAccess {

    /** The super user: topic setup, credentials, ACLs, and the broker's own connections. */
    public static final String ADMIN = "admin";
    /** Other county systems: the public topics, read only. */
    public static final String EXTERNAL_READER = "external-reader";
    /** The SASL mechanism of every client connection. */
    public static final String MECHANISM = "SCRAM-SHA-512";

    /** The consumers of each topic (the services' incoming channels, planned ones included; docs/asyncapi.yaml). */
    static final Map<Topic, List<String>> CONSUMERS = consumers();

    private KafkaAccess() {
    }

    private static Map<Topic, List<String>> consumers() {
        Map<Topic, List<String>> consumers = new LinkedHashMap<>();
        consumers.put(APPLICATION_EVENTS, List.of("pickup-locker-service", "notification-service", "analytics-service"));
        consumers.put(RESERVATION_EVENTS, List.of("application-service", "notification-service", "analytics-service"));
        consumers.put(LOCKER_EVENTS, List.of("application-service", "notification-service", "analytics-service"));
        consumers.put(NOTIFICATION_EVENTS, List.of("analytics-service"));
        consumers.put(NOTIFICATION_REQUESTS, List.of("notification-service"));
        consumers.put(APPLICANT_CONTACTS, List.of("notification-service"));
        return Map.copyOf(consumers);
    }

    /** The five services, by the name of their principal (the last part of their CloudEvents source). */
    public static List<String> services() {
        return Stream.of(EventSources.APPLICATION_SERVICE, EventSources.RESERVATION_SERVICE,
                EventSources.PICKUP_LOCKER_SERVICE, EventSources.NOTIFICATION_SERVICE, EventSources.ANALYTICS_SERVICE)
                .map(KafkaAccess::serviceName).toList();
    }

    /** Every principal but {@value #ADMIN}: the services, then {@value #EXTERNAL_READER}. */
    public static List<KafkaGrant> grants() {
        List<KafkaGrant> grants = new ArrayList<>(services().stream().map(KafkaAccess::grantOf).toList());
        grants.add(new KafkaGrant(EXTERNAL_READER, Set.of(), publicTopics(), false));
        return List.copyOf(grants);
    }

    /** Every principal that logs in, each with a password of its own: {@value #ADMIN}, then those of {@link #grants()}. */
    public static List<String> principals() {
        List<String> principals = new ArrayList<>(List.of(ADMIN));
        grants().forEach(grant -> principals.add(grant.principal()));
        return List.copyOf(principals);
    }

    /** The grant of one principal. */
    public static KafkaGrant grant(String principal) {
        return grants().stream().filter(grant -> grant.principal().equals(principal)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No Kafka principal " + principal + " (known: "
                        + grants().stream().map(KafkaGrant::principal).toList() + ")"));
    }

    /** The topics a service publishes: those of the event types it is the source of. */
    static Set<Topic> producedBy(String service) {
        return EventCatalog.all().stream().filter(type -> serviceName(type.source()).equals(service))
                .map(EventType::topic).collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
    }

    static Set<Topic> consumedBy(String service) {
        return CONSUMERS.entrySet().stream().filter(entry -> entry.getValue().contains(service)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
    }

    private static KafkaGrant grantOf(String service) {
        return new KafkaGrant(service, producedBy(service), consumedBy(service), true);
    }

    private static Set<Topic> publicTopics() {
        return Arrays.stream(Topic.values()).filter(topic -> topic.classification() == Classification.PUBLIC)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
    }

    private static String serviceName(String source) {
        return source.substring(source.lastIndexOf(':') + 1);
    }
}
