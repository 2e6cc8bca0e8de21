package tw.smartdesk.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.application.domain.ContactDetails;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.events.contacts.FilingContactGiven;
import tw.smartdesk.platform.outbox.Outbox;
import tw.smartdesk.platform.sql.WriteBatch;

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

    private static final String INSERT = "insert into filing_contact (submission_id, applicant_ref, phone_enc, email_enc,"
            + " line_id_enc, locale, channel_preferences, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8)";

    /** Adds the filing's contacts, and their {@code FilingContactGiven}, to {@code writes}. */
    public void save(WriteBatch writes, UUID submissionId, String applicantRef, ContactDetails given) {
        ContactDetails contact = new ContactDetails(null, null, null, null, null).updatedWith(given);
        Instant createdAt = Instant.now();
        writes.add(INSERT, submissionId, applicantRef,
                crypto.seal(SealedColumn.FILING_CONTACT_PHONE, submissionId, contact.phone()),
                crypto.seal(SealedColumn.FILING_CONTACT_EMAIL, submissionId, contact.email()),
                crypto.seal(SealedColumn.FILING_CONTACT_LINE_ID, submissionId, contact.lineId()),
                contact.locale().tag(), contact.preferencesText(), createdAt);
        outbox.record(writes, new FilingContactGiven(UUID.randomUUID(), createdAt, submissionId, applicantRef, contact.phone(),
                contact.email(), contact.lineId(), contact.locale(), contact.channelPreferences()));
    }
}
