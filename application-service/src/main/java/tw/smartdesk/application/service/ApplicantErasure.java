package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationFeedback;
import tw.smartdesk.application.domain.ApplicationForm;
import tw.smartdesk.application.domain.ApplicationHistoryEntry;
import tw.smartdesk.events.Topic;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.platform.outbox.Outbox;

/**
 * Erases an applicant: every personal value this service holds goes (including the free-text comment
 * of their satisfaction ratings, which may name them), the applications stay as
 * anonymous records (service, channel, dates, statuses, township, age band, residency) because the
 * county must keep them, and a tombstone on {@code applicant-contacts} tells every consumer to forget
 * the person. Erasing an erased applicant changes nothing.
 *
 * <p>The person's accounts are the accounts linked to the applicant by a verified identity claim and
 * every account that filed one of the applicant's applications for itself (the service cannot tell the
 * person's unverified account from someone else's). The proxy's name, masked ID, relationship and letter
 * reference, and the detail of a proxy filing's history entry (it names both) go too, as do the
 * links, the contacts of unverified filings (and, by a tombstone per submission, their copies on
 * {@code applicant-contacts}), erasure requests and the accounts' subjects in the audit
 * ({@link IdentityTraces}). Their subjects leave the applications and the history
 * (replaced by {@code erased}) and every {@code Idempotency-Key} answer they were given is deleted.
 */
@ApplicationScoped
public class ApplicantErasure {

    /** What replaces the resident's own account subject in applications and their history. */
    static final String ERASED_SUBJECT = "erased";

    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;
    private final ApplicationHistory history;
    private final IdentityTraces traces;

    ApplicantErasure(Outbox outbox, IdempotentRequests idempotentRequests, ApplicationHistory history,
            IdentityTraces traces) {
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
        this.history = history;
        this.traces = traces;
    }

    /** 404 problem for an unknown reference; an applicant erased before is left as it is. */
    @WithTransaction
    public Uni<Void> erase(String applicantRef, Actor actor) {
        return Applicant.<Applicant>findById(applicantRef, LockModeType.PESSIMISTIC_WRITE).chain(applicant -> {
            if (applicant == null) {
                throw ProblemException.notFound("Applicant", applicantRef);
            }
            if (applicant.erasedAt != null) {
                return Uni.createFrom().voidItem();
            }
            clearPersonalData(applicant);
            return traces.linkedAccounts(applicantRef)
                    .chain(linked -> Application.<Application>list("applicantRef", applicantRef)
                            .chain(applications -> eraseAround(applicantRef, accountsOf(linked, applications), applications, actor)));
        });
    }

    private Uni<Void> eraseAround(String applicantRef, Set<String> accounts, List<Application> applications, Actor actor) {
        return forget(applicantRef, accounts)
                .chain(() -> traces.erase(applicantRef, accounts, ERASED_SUBJECT))
                .chain(this::forgetFilingContacts)
                .chain(() -> outbox.recordTombstone(Topic.APPLICANT_CONTACTS, applicantRef))
                .chain(() -> anonymiseApplications(applications, accounts, actor));
    }

    /**
     * Each unverified filing's contacts were published keyed by its submission ({@code FilingContactGiven}): the
     * ones still in the outbox are dropped, and a tombstone per submission erases the published ones.
     */
    private Uni<Void> forgetFilingContacts(List<String> submissionIds) {
        Uni<Void> forgotten = Uni.createFrom().voidItem();
        for (String submissionId : submissionIds) {
            forgotten = forgotten.chain(() -> outbox.forget(Topic.APPLICANT_CONTACTS, submissionId))
                    .chain(() -> outbox.recordTombstone(Topic.APPLICANT_CONTACTS, submissionId));
        }
        return forgotten;
    }

    private static Set<String> accountsOf(List<String> linkedAccounts, List<Application> applications) {
        Set<String> accounts = new LinkedHashSet<>(linkedAccounts);
        applications.stream().map(application -> application.ownerSubject).filter(Objects::nonNull).forEach(accounts::add);
        return accounts;
    }

    private static void clearPersonalData(Applicant applicant) {
        applicant.idHash = null;
        applicant.idHashKey = null;
        applicant.nationalIdEncrypted = null;
        applicant.nameEncrypted = null;
        applicant.phoneEncrypted = null;
        applicant.emailEncrypted = null;
        applicant.lineIdEncrypted = null;
        applicant.birthDateEncrypted = null;
        applicant.locale = null;
        applicant.channelPreferences = null;
        applicant.erasedAt = Instant.now();
    }

    /**
     * Contact values still in the outbox would outlive the erasure, and so would stored
     * Idempotency-Key answers: those of staff filings for the applicant (they show the masked ID number
     * and name, and only staff answers carry the reference) and every answer the person's accounts were
     * given (their requests, e.g. a feedback comment or a filing of their own).
     */
    private Uni<Void> forget(String applicantRef, Set<String> accounts) {
        Uni<Integer> forgotten = outbox.forget(Topic.APPLICANT_CONTACTS, applicantRef)
                .chain(() -> idempotentRequests.forgetResponsesMentioning(applicantRef));
        for (String account : accounts) {
            forgotten = forgotten.chain(() -> idempotentRequests.forgetScopesOf(account));
        }
        return forgotten.replaceWithVoid();
    }

    private Uni<Void> anonymiseApplications(List<Application> applications, Set<String> accounts, Actor actor) {
        List<UUID> ids = applications.stream().map(application -> application.id).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> scrubbed = ApplicationForm.update("fieldsEncrypted = null where applicationId in ?1", ids)
                .chain(() -> ApplicationFeedback.update("comment = null where applicationId in ?1", ids))
                .chain(() -> forgetProxyNotes(applications))
                .chain(() -> accounts.isEmpty() ? Uni.createFrom().item(0) : ApplicationHistoryEntry.update(
                        "actorSubject = ?1 where applicationId in ?2 and actorSubject in ?3", ERASED_SUBJECT, ids, accounts))
                .replaceWithVoid();
        for (Application application : applications) {
            scrubbed = scrubbed.chain(() -> anonymise(application, accounts, actor));
        }
        return scrubbed;
    }

    /**
     * The filing's history detail of a proxy filing names the relationship and the letter; it goes. Other
     * details are codes (documents, reasons, pickup) and stay with the anonymous record.
     */
    private static Uni<Integer> forgetProxyNotes(List<Application> applications) {
        List<UUID> proxied = applications.stream().filter(application -> application.proxyRelationship != null
                || application.proxyLetterRef != null).map(application -> application.id).toList();
        return proxied.isEmpty() ? Uni.createFrom().item(0) : ApplicationHistoryEntry.update(
                "detail = null where applicationId in ?1 and action = ?2", proxied, ApplicationHistory.SUBMIT);
    }

    private Uni<Void> anonymise(Application application, Set<String> accounts, Actor actor) {
        application.ownerSubject = null;
        application.proxyNameEncrypted = null;
        application.proxyIdMasked = null;
        application.proxyRelationship = null;
        application.proxyLetterRef = null;
        if (accounts.contains(application.submittedBy)) {
            application.submittedBy = ERASED_SUBJECT;
        }
        application.updatedAt = Instant.now();
        return history.record(application, "ERASED", application.status, actor, null);
    }
}
