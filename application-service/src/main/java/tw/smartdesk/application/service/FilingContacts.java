package tw.smartdesk.application.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.application.domain.ContactDetails;
import tw.smartdesk.application.domain.FilingContact;

/**
 * Contact details of a filing that may not change the applicant's stored ones (a citizen account
 * without the applicant's verified identity): kept encrypted with that submission only, for its own
 * messages, and never published as the applicant's contacts. Erased with the applicant.
 */
@ApplicationScoped
public class FilingContacts {

    private final ApplicantCrypto crypto;

    FilingContacts(ApplicantCrypto crypto) {
        this.crypto = crypto;
    }

    public Uni<Void> save(UUID submissionId, String applicantRef, ContactDetails given) {
        ContactDetails contact = new ContactDetails(null, null, null, null, null).updatedWith(given);
        FilingContact row = new FilingContact();
        row.submissionId = submissionId;
        row.applicantRef = applicantRef;
        row.phoneEncrypted = crypto.encrypt(contact.phone());
        row.emailEncrypted = crypto.encrypt(contact.email());
        row.lineIdEncrypted = crypto.encrypt(contact.lineId());
        row.locale = contact.locale().tag();
        row.channelPreferences = contact.preferencesText();
        row.createdAt = Instant.now();
        return row.persist().replaceWithVoid();
    }
}
