package tw.smartdesk.events.notification;

/** Why a delivery attempt failed, as a code: a provider's own message may quote the address, so it is not sent. */
public enum FailureReason {
    /** The address or number does not exist or is malformed. */
    ADDRESS_INVALID,
    /** The recipient refuses messages (blocked, unsubscribed, mailbox disabled). */
    RECIPIENT_REFUSED,
    /** The recipient's mailbox or inbox is full. */
    MAILBOX_FULL,
    /** The provider could not be reached or answered with a temporary error. */
    PROVIDER_UNAVAILABLE,
    /** The provider refused the message itself (content, size, sender). */
    PROVIDER_REJECTED,
    /** The provider limits how fast we send. */
    RATE_LIMITED,
    /** No answer in time. */
    TIMEOUT,
    /** The template could not be rendered. */
    TEMPLATE_ERROR,
    /** Our channel configuration is missing or wrong. */
    CONFIGURATION_ERROR,
    OTHER
}
