package tw.smartdesk.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose {@code Content-Length} is over {@code quarkus.http.limits.max-body-size} with
 * 413 problem+json ({@code urn:smartdesk:problem:payload-too-large}) before any of it is read. Quarkus
 * itself answers such a request with a bare, empty 413; this route runs just before that one. A streamed
 * body (chunked, or HTTP/2 without a length) has no length up front, and Quarkus REST reads it whole whatever
 * its size: this route reads it first, up to the limit, refusing it the moment it passes the limit, and
 * hands the bytes read to {@link BufferedBodyFilter}. Refusals are counted in
 * {@code smartdesk.http.requests.refused{reason="payload-too-large"}}.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before Quarkus's own limit route, which has order -2. */
    private static final int ORDER = -3;

    private final Optional<MemorySize> limit;
    private final ObjectMapper json;
    private final Counter refused;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit, ObjectMapper json,
            MeterRegistry registry) {
        this.limit = limit;
        this.json = json;
        this.refused = RefusedRequests.counter(registry, RefusedRequests.PAYLOAD_TOO_LARGE);
    }

    void install(@Observes Router router) {
        limit.ifPresent(max -> router.route().order(ORDER).handler(context -> check(context, max.asLongValue())));
    }

    private void check(RoutingContext context, long max) {
        HttpServerRequest request = context.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            if (isOver(length, max)) {
                refuse(context, max);
            } else {
                context.next();
            }
        } else if (!request.isEnded() && (request.version() == HttpVersion.HTTP_2
                || request.headers().contains(HttpHeaders.TRANSFER_ENCODING))) {
            readStreamed(context, max);
        } else {
            context.next();
        }
    }

    private void readStreamed(RoutingContext context, long max) {
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        HttpServerRequest request = context.request();
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > max) {
                refused[0] = true;
                refuse(context, max);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                context.put(BufferedBodyFilter.BODY, body);
                context.next();
            }
        });
        request.resume();
    }

    private void refuse(RoutingContext context, long max) {
        refused.increment();
        ProblemException problem = ProblemException.payloadTooLarge("The request body may be at most " + max + " bytes");
        Problem body = new Problem(problem.type(), problem.title(), problem.status(), problem.getMessage(),
                context.request().path(), null);
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(write(body));
    }

    private static boolean isOver(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a problem", e);
        }
    }
}
