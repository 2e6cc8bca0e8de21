package tw.smartdesk.platform.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Gives Quarkus REST the streamed body that {@link BodySizeLimit} has already read (within the limit): the
 * request has ended by then, so the resource reads these bytes instead of the connection.
 */
public class BufferedBodyFilter {

    /** Routing-context key of the body read by {@link BodySizeLimit}. */
    static final String BODY = BufferedBodyFilter.class.getName() + ".body";

    @ServerRequestFilter(preMatching = true)
    public void useBufferedBody(ContainerRequestContext request, RoutingContext routing) {
        Buffer body = routing.get(BODY);
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
        }
    }
}
