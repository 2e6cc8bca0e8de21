package tw.smartdesk.application.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.ApplicantAuditEntry;
import tw.smartdesk.events.application.ApplicationChannel;

/**
 * The audit trail of applicants: every registration, every change of their name or contacts, every
 * account link. Call inside the change's own transaction. Field names only, never values.
 */
@ApplicationScoped
public class ApplicantAudit {

    /** The applicant was first registered, with these fields. */
    public static final String REGISTERED = "REGISTERED";
    /** Stored fields changed. */
    public static final String CHANGED = "CHANGED";
    /** A citizen account was linked through a verified identity claim. */
    public static final String LINKED = "LINKED";

    public Uni<Void> record(String applicantRef, String action, Actor actor, ApplicationChannel channel, List<String> changed) {
        ApplicantAuditEntry entry = new ApplicantAuditEntry();
        entry.applicantRef = applicantRef;
        entry.at = Instant.now();
        entry.action = action;
        entry.actorSubject = actor.subject();
        entry.actorRole = actor.role();
        entry.channel = channel;
        entry.changed = changed == null || changed.isEmpty() ? null : String.join(",", changed);
        return entry.persist().replaceWithVoid();
    }
}
