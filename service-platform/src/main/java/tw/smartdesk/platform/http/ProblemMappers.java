package tw.smartdesk.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one error mapping of every SmartDesk service: each failure becomes an RFC 9457 problem with a
 * stable type, never a class name or a stack trace.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException exception, HttpServerRequest request) {
        return ProblemResponses.of(exception, request.path());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException exception, HttpServerRequest request) {
        List<Problem.Violation> violations = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        return ProblemResponses.of(400, "validation", "Request is not valid",
                violations.size() + " rule(s) broken", request.path(), violations);
    }

    /** Listed by type so that it wins over Quarkus's built-in mapper for mismatched input. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class})
    public Response unreadable(JsonProcessingException exception, HttpServerRequest request) {
        String field = exception instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")) : "";
        String detail = field.isEmpty() ? "The body is not valid JSON" : "Field '" + field + "' has a value of the wrong type or form";
        List<Problem.Violation> violations = field.isEmpty() ? null : List.of(new Problem.Violation(field, "invalid value"));
        return ProblemResponses.of(400, "unreadable-body", "Request body cannot be read", detail, request.path(), violations);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException exception, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, HttpServerRequest request) {
        return ProblemResponses.of(403, "forbidden", "Not allowed",
                "Your role may not perform this operation", request.path(), null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(Exception exception, HttpServerRequest request) {
        return ProblemResponses.of(409, "concurrent-change", "Changed by someone else",
                "The resource was changed by another request; reload it and try again", request.path(), null);
    }

    /** Quarkus's JSON reader wraps a syntax error in a 400 WebApplicationException: it is still an unreadable body. */
    @ServerExceptionMapper
    public Response web(WebApplicationException exception, HttpServerRequest request) {
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, request);
        }
        int status = exception.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String type = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return ProblemResponses.of(status, type, title, status == 404 ? "Nothing at " + request.path() : title,
                request.path(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, HttpServerRequest request) {
        String errorId = UUID.randomUUID().toString();
        Log.errorf(exception, "Unexpected failure %s on %s %s", errorId, request.method(), request.path());
        return ProblemResponses.of(500, "internal", "Internal error",
                "Something went wrong on our side (error id " + errorId + ")", request.path(), null);
    }

    private static Response unauthenticated(HttpServerRequest request) {
        Response problem = ProblemResponses.of(401, "unauthenticated", "Authentication required",
                "Send a valid bearer token", request.path(), null);
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    /** {@code submit.request.services[0].code} becomes {@code services[0].code}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
