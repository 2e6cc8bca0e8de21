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
    private static final String LINK = "insert into applicant_account_link (applicant_ref, account_subject, linked_at)"
            + " values (:ref, :subject, now()) on conflict do nothing";
    private static final String VERIFIED_APPLICANT = "idHash in ?1 and erasedAt is null";

    private final ApplicantAudit audit;

    AccountLinks(ApplicantAudit audit) {
        this.audit = audit;
    }

    /**
     * The applicants linked to the caller's account (none for staff), linking first the one the caller's
     * verified claim names, if this service knows them. Call inside a transaction.
     */
    public Uni<Set<String>> linkedRefs(Caller caller) {
        if (caller.isStaff()) {
            return Uni.createFrom().item(Set.of());
        }
        Uni<Void> linked = caller.verifiedIdHashes().isEmpty() ? Uni.createFrom().voidItem()
                : Applicant.<Applicant>find(VERIFIED_APPLICANT, caller.verifiedIdHashes()).firstResult()
                        .chain(applicant -> applicant == null ? Uni.createFrom().voidItem()
                                : link(applicant.applicantRef, Actor.of(caller), null));
        return linked.chain(() -> Panache.getSession())
                .chain(session -> session.createSelectionQuery(LINKED_REFS, String.class)
                        .setParameter("subject", caller.subject()).getResultList())
                .map(refs -> (Set<String>) new LinkedHashSet<>((List<String>) refs));
    }

    /** Links the verified account {@code actor} to the applicant (once; the first time with an audit entry). */
    public Uni<Void> link(String applicantRef, Actor actor, ApplicationChannel channel) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LINK).setParameter("ref", applicantRef)
                        .setParameter("subject", actor.subject()).executeUpdate())
                .chain(inserted -> inserted == 0 ? Uni.createFrom().voidItem()
                        : audit.record(applicantRef, ApplicantAudit.LINKED, actor, channel, List.of()));
    }
}
