package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.platform.sql.WriteBatch;

/**
 * Links between applicants and citizen accounts, made only from a verified identity claim: when a token
 * verified as the person (see {@link VerifiedIdentity}) files for them or reads its applications, the
 * account is linked to the applicant with that ID number, once, with an audit entry. A linked account
 * keeps seeing the person's applications when it later logs in without the claim. Knowing an ID number
 * links nothing; a proxy's login links the proxy, never the principal.
 */
@ApplicationScoped
public class AccountLinks {

    private static final String LINKED_REFS = "select l.applicantRef from AccountLink l where l.accountSubject = :subject";
    /**
     * Links the account, and audits the link only when it is new: one statement, so a {@link WriteBatch} can carry it.
     * Parameters: applicantRef, account subject, actor role, channel.
     */
    private static final String LINK = """
            with linked as (
                insert into applicant_account_link (applicant_ref, account_subject, linked_at)
                values ($1, $2, now()) on conflict do nothing
                returning applicant_ref, account_subject, linked_at)
            insert into applicant_audit (applicant_ref, at, action, actor_subject, actor_role, channel)
            select applicant_ref, linked_at, '""" + ApplicantAudit.LINKED + """
            ', account_subject, $3, $4 from linked
            """;
    /** {@link #LINK} with Hibernate's ordinal parameters ({@code ?1}), for a session's native query. */
    private static final String LINK_ORDINAL = LINK.replace('$', '?');
    private static final String VERIFIED_APPLICANT = "idHash in ?1 and erasedAt is null";

    /**
     * The applicants linked to the caller's account (none for staff), linking first the one the caller's
     * verified claim names, if this service knows them. Call inside a session: the link joins the caller's
     * transaction, or opens one of its own when there is none (reads run without one).
     */
    public Uni<Set<String>> linkedRefs(Caller caller) {
        if (caller.isStaff()) {
            return Uni.createFrom().item(Set.of());
        }
        Uni<Void> linked = caller.verifiedIdHashes().isEmpty() ? Uni.createFrom().voidItem()
                : Applicant.<Applicant>find(VERIFIED_APPLICANT, caller.verifiedIdHashes()).firstResult()
                        .chain(applicant -> applicant == null ? Uni.createFrom().voidItem()
                                : Panache.withTransaction(() -> link(applicant.applicantRef, Actor.of(caller), null)));
        return linked.chain(() -> Panache.getSession())
                .chain(session -> session.createSelectionQuery(LINKED_REFS, String.class)
                        .setParameter("subject", caller.subject()).getResultList())
                .map(refs -> (Set<String>) new LinkedHashSet<>((List<String>) refs));
    }

    /** Links the verified account {@code actor} to the applicant (once; the first time with an audit entry). */
    public Uni<Void> link(String applicantRef, Actor actor, ApplicationChannel channel) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LINK_ORDINAL).setParameter(1, applicantRef)
                        .setParameter(2, actor.subject()).setParameter(3, actor.role())
                        .setParameter(4, channel == null ? null : channel.name()).executeUpdate())
                .replaceWithVoid();
    }

    /** {@link #link(String, Actor, ApplicationChannel)} as a statement of {@code writes}. */
    public void link(WriteBatch writes, String applicantRef, Actor actor, ApplicationChannel channel) {
        writes.add(LINK, applicantRef, actor.subject(), actor.role(), channel);
    }
}
