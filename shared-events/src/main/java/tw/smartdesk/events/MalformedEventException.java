package tw.smartdesk.events;

/** A record value that cannot be read as the event its type names: a poison message. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
