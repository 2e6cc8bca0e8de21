package tw.smartdesk.application.domain;

import java.util.Set;
import tw.smartdesk.platform.http.ProblemException;

/** An action the application's current status does not allow: 409 naming the allowed ones. */
public class IllegalTransitionException extends ProblemException {

    private final Set<LifecycleAction> allowed;

    public IllegalTransitionException(ApplicationStatus from, LifecycleAction action, Set<LifecycleAction> allowed) {
        super(409, "illegal-transition", "Not allowed in this status",
                "Cannot " + action + " an application that is " + from + "; allowed: "
                        + (allowed.isEmpty() ? "none (final status)" : allowed), null, null);
        this.allowed = allowed;
    }

    public Set<LifecycleAction> allowed() {
        return allowed;
    }
}
