package tw.smartdesk.localstack;

/**
 * A reason the stack cannot start or run, worded for the person at the terminal: the launcher prints its
 * message as one line, without a stack trace, and exits non-zero.
 */
final class StackException extends RuntimeException {

    StackException(String message) {
        super(message);
    }

    StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
