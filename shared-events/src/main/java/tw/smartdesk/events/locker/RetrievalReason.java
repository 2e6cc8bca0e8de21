package tw.smartdesk.events.locker;

/** Why staff took a document back out of a compartment. */
public enum RetrievalReason {
    PICKUP_EXPIRED,
    LOCKED_OUT,
    COMPARTMENT_OUT_OF_SERVICE,
    APPLICATION_CANCELLED,
    PICKUP_METHOD_CHANGED,
    /** Deposited in the wrong compartment or the wrong document. */
    DEPOSIT_ERROR
}
