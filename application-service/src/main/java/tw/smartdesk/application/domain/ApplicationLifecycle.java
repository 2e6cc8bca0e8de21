package tw.smartdesk.application.domain;

import static tw.smartdesk.application.domain.ApplicationStatus.ACCEPTED;
import static tw.smartdesk.application.domain.ApplicationStatus.CANCELLED;
import static tw.smartdesk.application.domain.ApplicationStatus.COMPLETED;
import static tw.smartdesk.application.domain.ApplicationStatus.READY_FOR_PICKUP;
import static tw.smartdesk.application.domain.ApplicationStatus.REJECTED;
import static tw.smartdesk.application.domain.ApplicationStatus.SUBMITTED;
import static tw.smartdesk.application.domain.ApplicationStatus.SUPPLEMENT_PROVIDED;
import static tw.smartdesk.application.domain.ApplicationStatus.SUPPLEMENT_REQUESTED;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The application state machine:
 * SUBMITTED → ACCEPTED → (SUPPLEMENT_REQUESTED ⇄ SUPPLEMENT_PROVIDED) → READY_FOR_PICKUP → COMPLETED,
 * REJECTED from any open state before the document is ready, CANCELLED by the applicant before acceptance.
 */
public final class ApplicationLifecycle {

    private static final Map<ApplicationStatus, Map<LifecycleAction, ApplicationStatus>> TRANSITIONS =
            new EnumMap<>(ApplicationStatus.class);

    static {
        allow(SUBMITTED, LifecycleAction.ACCEPT, ACCEPTED);
        allow(SUBMITTED, LifecycleAction.REJECT, REJECTED);
        allow(SUBMITTED, LifecycleAction.CANCEL, CANCELLED);
        allow(ACCEPTED, LifecycleAction.REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        allow(ACCEPTED, LifecycleAction.MARK_READY, READY_FOR_PICKUP);
        allow(ACCEPTED, LifecycleAction.REJECT, REJECTED);
        allow(SUPPLEMENT_REQUESTED, LifecycleAction.PROVIDE_SUPPLEMENT, SUPPLEMENT_PROVIDED);
        allow(SUPPLEMENT_REQUESTED, LifecycleAction.REJECT, REJECTED);
        allow(SUPPLEMENT_PROVIDED, LifecycleAction.REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        allow(SUPPLEMENT_PROVIDED, LifecycleAction.MARK_READY, READY_FOR_PICKUP);
        allow(SUPPLEMENT_PROVIDED, LifecycleAction.REJECT, REJECTED);
        allow(READY_FOR_PICKUP, LifecycleAction.COMPLETE, COMPLETED);
    }

    private ApplicationLifecycle() {
    }

    private static void allow(ApplicationStatus from, LifecycleAction action, ApplicationStatus to) {
        TRANSITIONS.computeIfAbsent(from, status -> new EnumMap<>(LifecycleAction.class)).put(action, to);
    }

    /** The status after {@code action}; throws {@link IllegalTransitionException} naming the allowed actions. */
    public static ApplicationStatus next(ApplicationStatus from, LifecycleAction action) {
        ApplicationStatus to = TRANSITIONS.getOrDefault(from, Map.of()).get(action);
        if (to == null) {
            throw new IllegalTransitionException(from, action, allowed(from));
        }
        return to;
    }

    /** The actions allowed from {@code status}, in a stable order. */
    public static Set<LifecycleAction> allowed(ApplicationStatus status) {
        return new TreeSet<>(TRANSITIONS.getOrDefault(status, Map.of()).keySet());
    }

    public static boolean isFinal(ApplicationStatus status) {
        return allowed(status).isEmpty();
    }
}
