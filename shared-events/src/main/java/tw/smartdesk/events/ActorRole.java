package tw.smartdesk.events;

/**
 * Who made a change, by role only: events never name the person. Mirrors the JWT roles, plus
 * {@link #SYSTEM} for changes a service makes on its own (timers, policies).
 */
public enum ActorRole {
    CITIZEN,
    CLERK,
    /** Phone desk, acting on a caller's behalf. */
    OPERATOR,
    /** A Smart Desk locker kiosk. */
    KIOSK,
    ADMIN,
    SYSTEM
}
