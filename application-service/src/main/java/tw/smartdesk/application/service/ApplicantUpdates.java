package tw.smartdesk.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.ApplicantProfile;
import tw.smartdesk.application.domain.ContactDetails;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.events.contacts.ApplicantContactUpdated;
import tw.smartdesk.events.contacts.ContactLocale;
import tw.smartdesk.platform.outbox.Outbox;
import tw.smartdesk.platform.sql.WriteBatch;

/**
 * Writes a filing's profile into an applicant that filer may change, and says which fields changed.
 * Stored contacts (and {@code ApplicantContactUpdated} on the restricted {@code applicant-contacts}
 * topic) change only when {@code withContacts} is set: staff and the person's verified account.
 */
@ApplicationScoped
public class ApplicantUpdates {

    private final ApplicantCrypto crypto;
    private final Outbox outbox;

    ApplicantUpdates(ApplicantCrypto crypto, Outbox outbox) {
        this.crypto = crypto;
        this.outbox = outbox;
    }

    /**
     * Applies the profile; answers the names of the fields that changed (never their values). A change of stored
     * contacts adds its {@code ApplicantContactUpdated} to {@code writes}.
     */
    public List<String> apply(Applicant applicant, ApplicantProfile profile, boolean withContacts, WriteBatch writes) {
        List<String> changed = new ArrayList<>();
        applicant.nameEncrypted = reseal(applicant, SealedColumn.APPLICANT_NAME, applicant.nameEncrypted,
                profile.name(), "name", changed);
        applicant.birthDateEncrypted = reseal(applicant, SealedColumn.APPLICANT_BIRTH_DATE, applicant.birthDateEncrypted,
                profile.birthDate() == null ? null : profile.birthDate().toString(), "birthDate", changed);
        applicant.ageBand = profile.ageBand();
        applicant.township = profile.township() != null ? profile.township() : applicant.township;
        applicant.residency = profile.residency() != null ? profile.residency() : applicant.residency;
        if (!withContacts) {
            return changed;
        }
        ContactDetails before = contactOf(applicant);
        ContactDetails after = before.updatedWith(profile.contact());
        applyContacts(applicant, after, changed);
        if (!after.equals(before)) {
            publish(applicant, after, writes);
        }
        return changed;
    }

    private void applyContacts(Applicant applicant, ContactDetails contact, List<String> changed) {
        applicant.phoneEncrypted = reseal(applicant, SealedColumn.APPLICANT_PHONE, applicant.phoneEncrypted,
                contact.phone(), "phone", changed);
        applicant.emailEncrypted = reseal(applicant, SealedColumn.APPLICANT_EMAIL, applicant.emailEncrypted,
                contact.email(), "email", changed);
        applicant.lineIdEncrypted = reseal(applicant, SealedColumn.APPLICANT_LINE_ID, applicant.lineIdEncrypted,
                contact.lineId(), "lineId", changed);
        if (!Objects.equals(applicant.locale, contact.locale().tag())) {
            applicant.locale = contact.locale().tag();
            changed.add("locale");
        }
        if (!Objects.equals(applicant.channelPreferences, contact.preferencesText())) {
            applicant.channelPreferences = contact.preferencesText();
            changed.add("channelPreferences");
        }
    }

    /**
     * Seals the value anew when it changed, or when it is still under an older data key (moving it onto the current
     * one as re-encryption would); an unchanged value under the current key is left as it is.
     */
    private byte[] reseal(Applicant applicant, SealedColumn column, byte[] stored, String value, String field,
            List<String> changed) {
        if (Objects.equals(crypto.open(column, applicant.applicantRef, stored), value)) {
            return crypto.isUnderCurrentKey(stored) ? stored : crypto.seal(column, applicant.applicantRef, value);
        }
        changed.add(field);
        return crypto.seal(column, applicant.applicantRef, value);
    }

    private ContactDetails contactOf(Applicant applicant) {
        ContactLocale locale = Arrays.stream(ContactLocale.values())
                .filter(candidate -> candidate.tag().equals(applicant.locale)).findFirst().orElse(null);
        String ref = applicant.applicantRef;
        return new ContactDetails(crypto.open(SealedColumn.APPLICANT_PHONE, ref, applicant.phoneEncrypted),
                crypto.open(SealedColumn.APPLICANT_EMAIL, ref, applicant.emailEncrypted),
                crypto.open(SealedColumn.APPLICANT_LINE_ID, ref, applicant.lineIdEncrypted), locale, ContactDetails.parsePreferences(applicant.channelPreferences));
    }

    private void publish(Applicant applicant, ContactDetails contact, WriteBatch writes) {
        outbox.record(writes, new ApplicantContactUpdated(UUID.randomUUID(), Instant.now(), applicant.applicantRef,
                contact.phone(), contact.email(), contact.lineId(), contact.locale(), contact.channelPreferences(), null));
    }
}
