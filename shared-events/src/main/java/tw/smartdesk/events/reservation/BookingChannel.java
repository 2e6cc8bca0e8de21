package tw.smartdesk.events.reservation;

/** How a reservation was made. */
public enum BookingChannel {
    ONLINE,
    MOBILE,
    /** The phone desk, on the caller's behalf. */
    PHONE,
    /** A clerk at the counter. */
    COUNTER
}
