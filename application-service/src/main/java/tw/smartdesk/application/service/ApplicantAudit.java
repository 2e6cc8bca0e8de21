package tw.smartdesk.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.platform.sql.WriteBatch;

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

    private static final String INSERT = "insert into applicant_audit (applicant_ref, at, action, actor_subject, actor_role,"
            + " channel, changed) values ($1, $2, $3, $4, $5, $6, $7)";

    /** Adds the entry to {@code writes}, which the change's transaction sends. */
    public void record(WriteBatch writes, String applicantRef, String action, Actor actor, ApplicationChannel channel,
            List<String> changed) {
        writes.add(INSERT, applicantRef, Instant.now(), action, actor.subject(), actor.role(), channel,
                changed == null || changed.isEmpty() ? null : String.join(",", changed));
    }
}
