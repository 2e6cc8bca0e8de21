package tw.smartdesk.events.application;

/** Where the resident collects a finished document. */
public enum PickupMethod {
    /** A 24-hour Smart Desk locker compartment, opened with a one-time code. */
    SMART_DESK,
    /** A counter of the site, in opening hours. */
    COUNTER
}
