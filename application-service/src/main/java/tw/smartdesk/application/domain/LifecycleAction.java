package tw.smartdesk.application.domain;

/** What can happen to an application; each maps to one event on {@code application-events}. */
public enum LifecycleAction {
    ACCEPT,
    REQUEST_SUPPLEMENT,
    PROVIDE_SUPPLEMENT,
    MARK_READY,
    COMPLETE,
    REJECT,
    CANCEL
}
