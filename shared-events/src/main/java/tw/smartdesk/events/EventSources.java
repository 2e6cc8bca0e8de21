package tw.smartdesk.events;

/** CloudEvents {@code source} of each emitting service. */
public final class EventSources {

    public static final String APPLICATION_SERVICE = "urn:smartdesk:application-service";
    public static final String RESERVATION_SERVICE = "urn:smartdesk:reservation-service";
    public static final String PICKUP_LOCKER_SERVICE = "urn:smartdesk:pickup-locker-service";
    public static final String NOTIFICATION_SERVICE = "urn:smartdesk:notification-service";
    public static final String ANALYTICS_SERVICE = "urn:smartdesk:analytics-service";

    private EventSources() {
    }
}
