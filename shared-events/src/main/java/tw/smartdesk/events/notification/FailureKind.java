package tw.smartdesk.events.notification;

/** How a failed delivery is classified, which decides whether it is retried. */
public enum FailureKind {
    /** The address is wrong or refuses messages; never retried on this channel. */
    PERMANENT,
    /** The provider or recipient was unavailable; retried with back-off. */
    TEMPORARY,
    /** Our side failed (template, configuration, connection); retried after a fix. */
    TECHNICAL
}
