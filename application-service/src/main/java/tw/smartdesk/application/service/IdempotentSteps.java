package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.platform.http.IdempotentRequests;

/**
 * {@code Idempotency-Key} for workflow steps: the step and its stored response commit in one
 * transaction, so a client retrying after a lost answer gets the first answer, not a 409.
 */
@ApplicationScoped
public class IdempotentSteps {

    private final IdempotentRequests requests;

    IdempotentSteps(IdempotentRequests requests) {
        this.requests = requests;
    }

    /**
     * Runs {@code step} (whose own transaction joins this one) unless the caller already sent this key
     * for this operation; without a key it simply runs.
     *
     * @param operation method and path, e.g. {@code POST /applications/<id>/accept}
     */
    @WithTransaction
    public <T> Uni<Response> run(String key, Caller caller, String operation, Object body, Response.Status status,
            Supplier<Uni<T>> step) {
        return requests.execute(key, caller.subject() + " " + operation, body, status.getStatusCode(), step);
    }
}
