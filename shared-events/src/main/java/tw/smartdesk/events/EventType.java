package tw.smartdesk.events;

/**
 * One entry of the event catalogue: the record class, its CloudEvents type, the topic it travels on,
 * the service that emits it and the JSON Schema that describes its value.
 *
 * @param eventClass the Java record
 * @param ceType CloudEvents type, {@code tw.smartdesk.<aggregate>.<event>.v<N>}
 * @param topic the topic it is published to
 * @param source CloudEvents source, {@code urn:smartdesk:<service>}
 */
public record EventType(Class<? extends SmartDeskEvent> eventClass, String ceType, Topic topic, String source) {

    /** Prefix of every CloudEvents type SmartDesk emits. */
    public static final String TYPE_PREFIX = "tw.smartdesk.";

    /** Classpath location of the JSON Schema of this type and version. */
    public String schemaResource() {
        return "schemas/" + ceType + ".json";
    }

    /** The {@code ce_dataschema} URI. */
    public String dataSchema() {
        return "urn:smartdesk:schema:" + ceType;
    }

    /** The version number at the end of the CloudEvents type. */
    public int version() {
        return Integer.parseInt(ceType.substring(ceType.lastIndexOf(".v") + 2));
    }
}
