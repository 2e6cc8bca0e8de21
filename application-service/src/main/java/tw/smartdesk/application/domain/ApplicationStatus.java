package tw.smartdesk.application.domain;

/** Where an application stands in its lifecycle. */
public enum ApplicationStatus {
    SUBMITTED,
    ACCEPTED,
    SUPPLEMENT_REQUESTED,
    SUPPLEMENT_PROVIDED,
    READY_FOR_PICKUP,
    COMPLETED,
    REJECTED,
    CANCELLED
}
