package tw.smartdesk.loadtests;

/** A benchmark step that could not be done; its message says what and where to look. */
final class BenchmarkException extends RuntimeException {

    BenchmarkException(String message) {
        super(message);
    }

    BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
