package tw.smartdesk.platform.http;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(int status, String type, String title, String detail, String instance,
            List<Problem.Violation> violations) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + type, title, status, detail, instance, violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response of(ProblemException exception, String instance) {
        Problem problem = new Problem(exception.type(), exception.title(), exception.status(), exception.getMessage(),
                instance, exception.violations());
        Response.ResponseBuilder response = Response.status(exception.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (exception.retryAfter() != null) {
            response.header("Retry-After", RefusedRequests.seconds(exception.retryAfter()));
        }
        return response.build();
    }
}
