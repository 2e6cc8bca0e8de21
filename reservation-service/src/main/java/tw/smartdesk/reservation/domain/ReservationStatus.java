package tw.smartdesk.reservation.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a reservation stands. */
public enum ReservationStatus {
    /** A waitlist offer: the place is held for the resident until {@code holdUntil}. */
    OFFERED,
    BOOKED,
    CHECKED_IN,
    COMPLETED,
    CANCELLED,
    /** Nobody checked in within the grace period after the slot's start. */
    NO_SHOW,
    /** A waitlist offer nobody accepted in time; the place went to the next in line. */
    OFFER_LAPSED,
    /** A waitlist offer its resident (or staff for them) declined; the place went to the next in line. */
    OFFER_DECLINED;

    /** The statuses that hold a place of the slot and count towards one reservation per person per day. */
    public static final Set<ReservationStatus> HOLDING = EnumSet.of(OFFERED, BOOKED, CHECKED_IN, COMPLETED, NO_SHOW);
}
