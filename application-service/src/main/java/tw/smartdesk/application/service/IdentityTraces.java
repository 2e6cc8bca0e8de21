package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * What the identity model keeps about a person besides the applicant row, and its erasure: the accounts
 * linked by a verified claim, the contact details of unverified filings, erasure requests, and the
 * subjects of the person's own accounts in the applicant audit (replaced by {@code erased}; the entries
 * stay, naming fields only).
 */
@ApplicationScoped
public class IdentityTraces {

    private static final String LINKED_ACCOUNTS = "select account_subject from applicant_account_link where applicant_ref = :ref";
    private static final String DELETE_LINKS = "delete from applicant_account_link where applicant_ref = :ref";
    private static final String FILING_CONTACTS = "select cast(submission_id as text) from filing_contact where applicant_ref = :ref";
    private static final String DELETE_FILING_CONTACTS = "delete from filing_contact where applicant_ref = :ref";
    private static final String DELETE_REQUESTS = "delete from erasure_request where applicant_ref = :ref";
    private static final String ANONYMISE_AUDIT = "update applicant_audit set actor_subject = :erased"
            + " where applicant_ref = :ref and actor_subject in (:accounts)";

    /** The accounts linked to the applicant by a verified identity claim. */
    @SuppressWarnings("unchecked")
    public Uni<List<String>> linkedAccounts(String applicantRef) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LINKED_ACCOUNTS, String.class)
                .setParameter("ref", applicantRef).getResultList()).map(list -> (List<String>) list);
    }

    /**
     * Removes links, filing contacts and erasure requests, and the person's account subjects from the audit;
     * answers the submissions whose filing contacts went (their keys on {@code applicant-contacts}).
     */
    @SuppressWarnings("unchecked")
    public Uni<List<String>> erase(String applicantRef, Set<String> accounts, String erasedSubject) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FILING_CONTACTS, String.class)
                .setParameter("ref", applicantRef).getResultList()
                .call(() -> session.createNativeQuery(DELETE_LINKS).setParameter("ref", applicantRef).executeUpdate()
                        .chain(() -> session.createNativeQuery(DELETE_FILING_CONTACTS).setParameter("ref", applicantRef)
                                .executeUpdate())
                        .chain(() -> session.createNativeQuery(DELETE_REQUESTS).setParameter("ref", applicantRef).executeUpdate())
                        .chain(() -> accounts.isEmpty() ? Uni.createFrom().item(0)
                                : session.createNativeQuery(ANONYMISE_AUDIT).setParameter("erased", erasedSubject)
                                        .setParameter("ref", applicantRef).setParameter("accounts", accounts).executeUpdate())))
                .map(submissions -> (List<String>) submissions);
    }
}
