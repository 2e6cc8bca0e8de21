package tw.smartdesk.application.domain;

import java.util.List;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.security.Roles;

/**
 * Which role may file through which channel, and whose application it becomes: residents file
 * ONLINE or MOBILE for themselves; a phone operator files PHONE and a clerk COUNTER, each on behalf
 * of a named resident. AGENT applications come only from reservations, never over HTTP.
 */
public final class ChannelPolicy {

    private ChannelPolicy() {
    }

    /** The account subject that will own the application; throws a problem if the caller may not file it. */
    public static String ownerOf(Caller caller, ApplicationChannel channel, String onBehalfOf) {
        String requiredRole = switch (channel) {
            case ONLINE, MOBILE -> Roles.CITIZEN;
            case PHONE -> Roles.OPERATOR;
            case COUNTER -> Roles.CLERK;
            case AGENT -> null;
        };
        if (requiredRole == null || !caller.has(requiredRole)) {
            throw ProblemException.ruleBroken("channel-not-allowed", "Channel not allowed",
                    "Channel " + channel + " cannot be used with your role");
        }
        if (Roles.CITIZEN.equals(requiredRole)) {
            return caller.subject();
        }
        if (onBehalfOf == null || onBehalfOf.isBlank()) {
            throw ProblemException.badRequest("Staff channels file on behalf of a resident",
                    List.of(new Problem.Violation("onBehalfOf", "required for channel " + channel)));
        }
        return onBehalfOf;
    }
}
