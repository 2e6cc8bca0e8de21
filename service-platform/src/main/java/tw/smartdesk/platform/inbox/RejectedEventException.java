package tw.smartdesk.platform.inbox;

/**
 * Thrown by an event handler when a business rule rejects a well-formed event for good: retrying
 * cannot change the answer. {@link Inbox} rolls the transaction back and sends the record to
 * {@code <topic>.dlq} with this message as its reason, so an operator can re-drive it once the cause
 * is fixed. Anything else a handler throws is taken as transient and retried. The message travels
 * in a header: no personal data in it.
 */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String message) {
        super(message);
    }

    public RejectedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
