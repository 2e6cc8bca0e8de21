package tw.smartdesk.events;

/** The Kafka topics of SmartDesk: one per aggregate, each with its classification and key. */
public enum Topic {
    APPLICATION_EVENTS("application-events", Classification.PUBLIC, "applicationId", false),
    RESERVATION_EVENTS("reservation-events", Classification.PUBLIC, "reservationId", false),
    LOCKER_EVENTS("locker-events", Classification.PUBLIC, "compartmentId", false),
    NOTIFICATION_EVENTS("notification-events", Classification.PUBLIC, "deliveryId", false),
    NOTIFICATION_REQUESTS("notification-requests", Classification.RESTRICTED, "applicantRef", false),
    APPLICANT_CONTACTS("applicant-contacts", Classification.RESTRICTED, "applicantRef", true);

    /** Suffix of the dead-letter topic that receives this topic's poison messages. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    /**
     * Header of a tombstone (key, null value, {@code ce_subject} = key, no CloudEvents type) on a
     * compacted topic, with value {@code true}: the record deletes the key, it is not an event.
     */
    public static final String TOMBSTONE_HEADER = "smartdesk-tombstone";

    private final String topicName;
    private final Classification classification;
    private final String keyField;
    private final boolean compacted;

    Topic(String topicName, Classification classification, String keyField, boolean compacted) {
        this.topicName = topicName;
        this.classification = classification;
        this.keyField = keyField;
        this.compacted = compacted;
    }

    /** The name on the broker. */
    public String topicName() {
        return topicName;
    }

    public Classification classification() {
        return classification;
    }

    /** The event field whose value is the record key. */
    public String keyField() {
        return keyField;
    }

    /** Whether the topic is log-compacted (latest value per key; a tombstone erases the key). */
    public boolean compacted() {
        return compacted;
    }

    public String deadLetterTopicName() {
        return topicName + DEAD_LETTER_SUFFIX;
    }

    public static Topic byName(String topicName) {
        for (Topic topic : values()) {
            if (topic.topicName.equals(topicName)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("Unknown topic " + topicName);
    }
}
