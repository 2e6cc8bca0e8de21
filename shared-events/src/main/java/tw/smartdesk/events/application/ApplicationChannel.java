package tw.smartdesk.events.application;

/** How an application reached the center. */
public enum ApplicationChannel {
    /** The resident on the web. */
    ONLINE,
    /** The resident in the mobile app. */
    MOBILE,
    /** A phone operator on the caller's behalf (089-347550). */
    PHONE,
    /** A counter clerk. */
    COUNTER,
    /** Prepared by staff for an agent-service reservation. */
    AGENT
}
