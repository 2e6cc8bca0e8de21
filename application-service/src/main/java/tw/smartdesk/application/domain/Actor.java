package tw.smartdesk.application.domain;

import java.util.List;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.security.Roles;

/** Who did something, for the audit trail and for events: a subject and the one role they acted in. */
public record Actor(String subject, String role) {

    /** Changes driven by another service's event. */
    public static final Actor SYSTEM = new Actor("system", "system");

    /** Staff roles win over citizen when a token carries several. */
    private static final List<String> PRECEDENCE =
            List.of(Roles.ADMIN, Roles.CLERK, Roles.OPERATOR, Roles.KIOSK, Roles.ANALYST, Roles.CITIZEN);

    public static Actor of(Caller caller) {
        String role = PRECEDENCE.stream().filter(caller::has).findFirst().orElse(Roles.CITIZEN);
        return new Actor(caller.subject(), role);
    }

    /** The role as events carry it. */
    public ActorRole eventRole() {
        return switch (role) {
            case Roles.CITIZEN -> ActorRole.CITIZEN;
            case Roles.CLERK -> ActorRole.CLERK;
            case Roles.OPERATOR -> ActorRole.OPERATOR;
            case Roles.KIOSK -> ActorRole.KIOSK;
            case Roles.ADMIN -> ActorRole.ADMIN;
            default -> ActorRole.SYSTEM;
        };
    }
}
