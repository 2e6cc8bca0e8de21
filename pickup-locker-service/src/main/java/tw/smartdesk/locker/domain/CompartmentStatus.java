package tw.smartdesk.locker.domain;

/** Where a compartment stands between two pick-ups. */
public enum CompartmentStatus {
    /** Empty and offered for allocation. */
    FREE,
    /** Reserved for a document that is not deposited yet. */
    ASSIGNED,
    /** Holds a document waiting for its resident. */
    OCCUPIED,
    /** Locked after too many wrong pickup codes; staff must open it. */
    LOCKED_OUT,
    /** Faulty; not offered. */
    OUT_OF_SERVICE
}
