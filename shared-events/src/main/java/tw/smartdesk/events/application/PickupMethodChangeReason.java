package tw.smartdesk.events.application;

/** Why the pickup method of an application changed. */
public enum PickupMethodChangeReason {
    /** No free compartment of the needed size at the site. */
    LOCKER_CAPACITY_EXHAUSTED,
    /** The assigned compartment went out of service. */
    COMPARTMENT_OUT_OF_SERVICE,
    /** The document was not collected from the locker in time and went back to the counter. */
    PICKUP_EXPIRED,
    /** The document does not fit the largest compartment. */
    DOCUMENT_TOO_LARGE,
    /** The resident asked for the other method. */
    APPLICANT_REQUEST
}
