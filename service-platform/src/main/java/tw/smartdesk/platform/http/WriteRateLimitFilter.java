package tw.smartdesk.platform.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import tw.smartdesk.platform.config.RateLimitConfig;

/**
 * Limits every service's HTTP writes (POST, PUT, PATCH, DELETE) per caller: the token's subject when the
 * request carries a valid bearer token, else the client address. A caller over the limit gets 429
 * problem+json with {@code Retry-After} in seconds and the write is not run; reads pass untouched. The
 * limit is per instance ({@link WriteRateLimiter}); refusals are counted in
 * {@code smartdesk.http.requests.refused{reason="too-many-requests"}}.
 */
public class WriteRateLimitFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final RateLimitConfig config;
    private final WriteRateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final Counter refused;

    WriteRateLimitFilter(RateLimitConfig config, WriteRateLimiter limiter, CurrentIdentityAssociation identities,
            MeterRegistry registry) {
        this.config = config;
        this.limiter = limiter;
        this.identities = identities;
        this.refused = RefusedRequests.counter(registry, RefusedRequests.TOO_MANY_REQUESTS);
    }

    @ServerRequestFilter
    public Uni<Response> limitWrites(HttpServerRequest request) {
        if (!config.enabled() || !WRITES.contains(request.method().name())) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> {
                    Duration wait = limiter.tryAcquire(callerOf(identity, request));
                    if (wait == null) {
                        return null;
                    }
                    refused.increment();
                    return ProblemResponses.of(ProblemException.tooManyRequests("Too many requests",
                            "At most " + config.writesPerMinute() + " writes a minute (bursts of " + config.burst()
                                    + "); try again in " + RefusedRequests.seconds(wait) + " s", wait), request.path());
                });
    }

    /** A bad token counts against the address; the request then fails authentication on its own. */
    private static String callerOf(SecurityIdentity identity, HttpServerRequest request) {
        if (identity != null && !identity.isAnonymous()) {
            String subject = identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                    ? token.getSubject() : identity.getPrincipal().getName();
            return "subject:" + subject;
        }
        SocketAddress address = request.remoteAddress();
        return "address:" + (address == null ? "unknown" : address.hostAddress());
    }
}
