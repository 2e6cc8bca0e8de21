package tw.smartdesk.events;

/** Why an application or a reservation was cancelled. */
public enum CancellationReason {
    /** The resident (or an operator or clerk on their behalf) asked for it. */
    APPLICANT_REQUEST,
    /** Another application or reservation already covers the same need. */
    DUPLICATE,
    /** The site closed (holiday, typhoon day, outage). */
    SITE_CLOSED,
    /** A staff decision not covered by the reasons above. */
    ADMINISTRATIVE,
    OTHER
}
