package tw.smartdesk.events.notification;

/** A way to reach a resident. */
public enum DeliveryChannel {
    SMS,
    EMAIL,
    LINE,
    /** The in-app inbox of the web and mobile frontends; always available. */
    INBOX
}
