package tw.smartdesk.application.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.ApplicationHistoryEntry;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.application.ApplicationChannel;

/**
 * One step of an application's timeline. Residents see who acted by role only; clerks and admins
 * also see the actor's subject (the audit trail).
 *
 * @param action SUBMIT, ACCEPT, REQUEST_SUPPLEMENT, ..., PICKUP_METHOD_CHANGED, FEEDBACK
 * @param channel the channel of this step: the filing channel for SUBMIT; ONLINE or MOBILE for the
 *     resident, COUNTER for a clerk, PHONE for an operator; absent for system and admin steps
 * @param detail a short non-personal note: a reason code, the documents asked for, the pickup site
 * @param note what staff wrote for the resident (a supplement instruction, a rejection explanation);
 *     kept only in this service, never on a public event, and cleared when the applicant is erased
 * @param actorSubject who acted; only for clerks and admins
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntryView(Instant at, String action, ApplicationStatus fromStatus, ApplicationStatus toStatus,
        ActorRole actorRole, ApplicationChannel channel, String detail, String note, String actorSubject) {

    public static TimelineEntryView of(ApplicationHistoryEntry entry, boolean withSubject) {
        ActorRole role = new Actor(entry.actorSubject, entry.actorRole).eventRole();
        return new TimelineEntryView(entry.at, entry.action, entry.fromStatus, entry.toStatus, role, entry.channel,
                entry.detail, entry.note, withSubject ? entry.actorSubject : null);
    }
}
