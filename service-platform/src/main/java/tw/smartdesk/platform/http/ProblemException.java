package tw.smartdesk.platform.http;

import java.time.Duration;
import java.util.List;

/**
 * A domain failure that becomes a problem response. Use the factory methods so that status and
 * type stay in step: not found 404, conflict 409, payload too large 413, rule broken 422, locked 423, too many 429, busy 503.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Duration retryAfter;
    private final List<Problem.Violation> violations;

    protected ProblemException(int status, String type, String title, String detail, Duration retryAfter,
            List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.type = Problem.TYPE_PREFIX + type;
        this.title = title;
        this.retryAfter = retryAfter;
        this.violations = violations;
    }

    public static ProblemException badRequest(String detail, List<Problem.Violation> violations) {
        return new ProblemException(400, "validation", "Request is not valid", detail, null, violations);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", what + " not found", "No " + what.toLowerCase() + " " + id, null, null);
    }

    /** 403 with a type of its own: the caller is known but may not do this now (e.g. a suspended booking right). */
    public static ProblemException forbidden(String type, String title, String detail) {
        return new ProblemException(403, type, title, detail, null, null);
    }

    /** A problem passed on from another service as it was: status, type (without the prefix), title, detail, violations. */
    public static ProblemException of(int status, String type, String title, String detail, List<Problem.Violation> violations) {
        return new ProblemException(status, type, title, detail, null, violations);
    }

    public static ProblemException conflict(String type, String title, String detail) {
        return new ProblemException(409, type, title, detail, null, null);
    }

    /** 413 {@code payload-too-large}: a request body over {@code quarkus.http.limits.max-body-size}. */
    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(413, "payload-too-large", "Payload too large", detail, null, null);
    }

    public static ProblemException ruleBroken(String type, String title, String detail) {
        return new ProblemException(422, type, title, detail, null, null);
    }

    public static ProblemException locked(String type, String title, String detail) {
        return new ProblemException(423, type, title, detail, null, null);
    }

    public static ProblemException tooManyRequests(String title, String detail, Duration retryAfter) {
        return new ProblemException(429, "too-many-requests", title, detail, retryAfter, null);
    }

    /** 503 {@code service-busy}: the instance sheds load it could not serve in time; try again after {@code retryAfter}. */
    public static ProblemException serviceBusy(String detail, Duration retryAfter) {
        return new ProblemException(503, "service-busy", "Service busy", detail, retryAfter, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** For 429 and 503: when the client may try again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
