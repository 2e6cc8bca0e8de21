package tw.smartdesk.application.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.application.domain.ContactDetails;
import tw.smartdesk.application.domain.FilingContact;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.events.contacts.FilingContactGiven;
import tw.smartdesk.platform.outbox.Outbox;

/**
 * Contact details of a filing that may not change the applicant's stored ones (a citizen account
 * without the applicant's verified identity): kept sealed with that submission only, and published for
 * that submission's messages as {@code FilingContactGiven} on {@code applicant-contacts}, keyed by the
 * submission, never as the applicant's contacts (that key is the applicantRef). Erased with the applicant.
 */
@ApplicationScoped
public class FilingContacts {

    private final ApplicantCrypto crypto;
    private final Outbox outbox;

    FilingContacts(ApplicantCrypto crypto, Outbox outbox) {
        this.crypto = crypto;
        this.outbox = outbox;
    }

    public Uni<Void> save(UUID submissionId, String applicantRef, ContactDetails given) {
        ContactDetails contact = new ContactDetails(null, null, null, null, null).updatedWith(given);
        FilingContact row = new FilingContact();
        row.submissionId = submissionId;
        row.applicantRef = applicantRef;
        row.phoneEncrypted = crypto.seal(SealedColumn.FILING_CONTACT_PHONE, submissionId, contact.phone());
        row.emailEncrypted = crypto.seal(SealedColumn.FILING_CONTACT_EMAIL, submissionId, contact.email());
        row.lineIdEncrypted = crypto.seal(SealedColumn.FILING_CONTACT_LINE_ID, submissionId, contact.lineId());
        row.locale = contact.locale().tag();
        row.channelPreferences = contact.preferencesText();
        row.createdAt = Instant.now();
        return row.persist().chain(() -> outbox.record(new FilingContactGiven(UUID.randomUUID(), row.createdAt,
                submissionId, applicantRef, contact.phone(), contact.email(), contact.lineId(), contact.locale(),
                contact.channelPreferences())));
    }
}
