package tw.smartdesk.events.application;

/** Why a clerk rejected an application. */
public enum RejectionReason {
    /** The applicant is not entitled to the service. */
    NOT_ELIGIBLE,
    /** The documents supplied do not support the application. */
    DOCUMENTS_INSUFFICIENT,
    /** A requested supplement was not provided in time. */
    SUPPLEMENT_OVERDUE,
    /** The applicant's identity or a proxy's authorisation could not be verified. */
    IDENTITY_NOT_VERIFIED,
    /** The same request is already being processed. */
    DUPLICATE,
    OTHER
}
