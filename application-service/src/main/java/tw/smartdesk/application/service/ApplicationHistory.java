package tw.smartdesk.application.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationHistoryEntry;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.platform.sql.WriteBatch;
import tw.smartdesk.security.Roles;

/**
 * Writes and reads the timeline / audit trail; call {@link #record} in the change's own transaction.
 * Each entry carries the channel of its own step (see {@link #channelOf}), not the channel the
 * application was filed through.
 */
@ApplicationScoped
public class ApplicationHistory {

    /** The history action of filing; its channel is the application's. */
    static final String SUBMIT = "SUBMIT";
    /** The history action erasure records; it clears the free-text notes of the application's entries. */
    static final String ERASED = "ERASED";

    private static final String INSERT = "insert into application_history (application_id, at, action, from_status,"
            + " to_status, actor_subject, actor_role, channel, detail, note) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";

    public Uni<Void> record(Application application, String action, ApplicationStatus from, Actor actor, String detail) {
        return record(application, action, from, actor, detail, null);
    }

    /**
     * @param note free text staff wrote for the resident; kept only here (never on a public event) and
     *     cleared when the applicant is erased
     */
    public Uni<Void> record(Application application, String action, ApplicationStatus from, Actor actor, String detail,
            String note) {
        ApplicationHistoryEntry entry = entry(application, action, from, actor, detail, note);
        Uni<Void> forgotten = ERASED.equals(action)
                ? ApplicationHistoryEntry.update("note = null where applicationId = ?1 and note is not null", application.id)
                        .replaceWithVoid()
                : Uni.createFrom().voidItem();
        return forgotten.chain(() -> entry.persist()).replaceWithVoid();
    }

    /** Adds the filing's first entry ({@code SUBMIT}) to {@code writes}, after the application's own row. */
    public void recordSubmitted(WriteBatch writes, Application application, Actor actor, String detail) {
        ApplicationHistoryEntry entry = entry(application, SUBMIT, null, actor, detail, null);
        writes.add(INSERT, entry.applicationId, entry.at, entry.action, entry.fromStatus, entry.toStatus, entry.actorSubject,
                entry.actorRole, entry.channel, entry.detail, entry.note);
    }

    private static ApplicationHistoryEntry entry(Application application, String action, ApplicationStatus from, Actor actor,
            String detail, String note) {
        ApplicationHistoryEntry entry = new ApplicationHistoryEntry();
        entry.applicationId = application.id;
        entry.at = Instant.now();
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = application.status;
        entry.actorSubject = actor.subject();
        entry.actorRole = actor.role();
        entry.channel = SUBMIT.equals(action) ? application.channel : channelOf(application, actor);
        entry.detail = detail;
        entry.note = note;
        return entry;
    }

    public Uni<List<ApplicationHistoryEntry>> of(UUID applicationId) {
        return ApplicationHistoryEntry.list("applicationId = ?1 order by id", applicationId);
    }

    /**
     * The channel a step after filing came through, from the role that took it: a resident acts online
     * (MOBILE when they applied through the app, ONLINE otherwise), a clerk at the COUNTER, an operator
     * on the PHONE. Steps without a resident-facing channel (admins' back-office steps, the system
     * reacting to another service's event) have none: null.
     */
    public static ApplicationChannel channelOf(Application application, Actor actor) {
        if (Roles.CITIZEN.equals(actor.role())) {
            return application.channel == ApplicationChannel.MOBILE ? ApplicationChannel.MOBILE : ApplicationChannel.ONLINE;
        }
        return deskOf(actor);
    }

    /** The desk a staff member acts at: the COUNTER for a clerk, the PHONE for an operator; none for anyone else. */
    public static ApplicationChannel deskOf(Actor actor) {
        return switch (actor.role()) {
            case Roles.CLERK -> ApplicationChannel.COUNTER;
            case Roles.OPERATOR -> ApplicationChannel.PHONE;
            default -> null;
        };
    }
}
