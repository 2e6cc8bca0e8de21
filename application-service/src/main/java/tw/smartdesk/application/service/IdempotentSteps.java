package tw.smartdesk.application.service;

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
     * Runs {@code step} in a transaction that {@link IdempotentRequests} opens after looking the key up (the step's
     * own {@code @WithTransaction} joins it), unless the caller already sent this key for this operation; without a
     * key it simply runs in its transaction.
     *
     * @param operation method and path, e.g. {@code POST /applications/<id>/accept}
     */
    public <T> Uni<Response> run(String key, Caller caller, String operation, Object body, Response.Status status,
            Supplier<Uni<T>> step) {
        return requests.execute(key, caller.subject() + " " + operation, body, status.getStatusCode(), step);
    }
}
