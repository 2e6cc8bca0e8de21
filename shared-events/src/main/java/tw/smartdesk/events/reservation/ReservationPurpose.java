package tw.smartdesk.events.reservation;

/** What a reserved slot is for. */
public enum ReservationPurpose {
    /** Filing an application at a counter. */
    APPLY,
    /** Collecting finished documents at a counter. */
    PICKUP
}
