package tw.smartdesk.application.domain;

import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.security.Roles;

/**
 * Which role may file through which channel: residents file ONLINE or MOBILE for themselves, a
 * phone operator files PHONE and a clerk COUNTER on a resident's behalf (the resident is named by
 * their ID number in the submission). AGENT applications come only from reservations, never over HTTP.
 */
public final class ChannelPolicy {

    private ChannelPolicy() {
    }

    /**
     * The citizen account filing for itself (ONLINE and MOBILE): it owns the applications it files, and
     * is linked only to an applicant its filing registers. None for the staff channels (the applicant
     * keeps whatever account they already have). Throws a 422 problem if the caller's role may not use
     * the channel.
     */
    public static String accountSubject(Caller caller, ApplicationChannel channel) {
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
        return Roles.CITIZEN.equals(requiredRole) ? caller.subject() : null;
    }
}
