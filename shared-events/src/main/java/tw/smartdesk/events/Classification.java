package tw.smartdesk.events;

/** Who may read a topic. */
public enum Classification {
    /** Any county system may subscribe; pseudonymous {@code applicantRef} only, never personal data. */
    PUBLIC,
    /** Named consumers only (ACLs in production): may carry contact details or one-time codes. */
    RESTRICTED
}
