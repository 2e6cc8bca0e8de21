package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.ApplicantProfile;
import tw.smartdesk.application.domain.ApplicantRefs;
import tw.smartdesk.application.domain.ContactDetails;
import tw.smartdesk.events.contacts.ApplicantContactUpdated;
import tw.smartdesk.events.contacts.ContactLocale;
import tw.smartdesk.platform.outbox.Outbox;

/**
 * The applicants this service knows, found by the keyed hash of their ID number. Whenever an
 * applicant's contact details or preferences are new or change, {@code ApplicantContactUpdated} goes
 * to the restricted {@code applicant-contacts} topic through the outbox.
 *
 * <p>Who may change a known applicant: staff (who file on the resident's behalf) and the citizen
 * account the applicant was registered with. A citizen account filing with the ID number of an
 * applicant registered otherwise (by staff, or by another account) changes nothing stored: knowing
 * someone's ID number proves nothing, so the account is not linked, no contact detail is replaced and
 * no contact event is published; the filing still goes ahead, owned by that account only. Such a
 * filing is answered exactly like any other, so the answer does not tell whether the number is known
 * or linked. Linking an existing applicant to an account needs an ID number the county's identity
 * provider has verified (e.g. a citizen digital certificate login), which tokens do not carry yet.
 */
@ApplicationScoped
public class ApplicantRegistry {

    /** First key of the two-key advisory lock space, so these locks never meet another feature's. */
    private static final int LOCK_NAMESPACE = 0x41504C;
    private static final String LOCK_IDENTITY = "select 1 from pg_advisory_xact_lock(:namespace, hashtext(:idHash))";

    private final ApplicantCrypto crypto;
    private final Outbox outbox;

    ApplicantRegistry(ApplicantCrypto crypto, Outbox outbox) {
        this.crypto = crypto;
        this.outbox = outbox;
    }

    /**
     * The applicant a filing is for, and the account that owns the applications it files (who may see
     * them): the filing citizen's own account, or for a staff filing the applicant's account (if any).
     */
    public record Registration(Applicant applicant, String ownerSubject) {
    }

    /**
     * The applicant with this ID number, registered on first sight, refreshed when the filer may change
     * it (see the class comment); call inside the filing's transaction. Two filings for the same new
     * person at once are serialised, so they cannot register two applicants.
     *
     * @param accountSubject the citizen account filing for itself; null for staff channels
     */
    public Uni<Registration> register(ApplicantProfile profile, String accountSubject) {
        String idHash = crypto.idHash(profile.nationalId());
        return lockIdentity(idHash)
                .chain(() -> Applicant.<Applicant>find("idHash", idHash).<Applicant>firstResult())
                .chain(found -> {
                    if (found == null) {
                        return create(idHash, profile, accountSubject);
                    }
                    if (accountSubject == null || accountSubject.equals(found.accountSubject)) {
                        return refresh(found, profile, accountSubject);
                    }
                    return Uni.createFrom().item(new Registration(found, accountSubject));
                });
    }

    private Uni<Registration> create(String idHash, ApplicantProfile profile, String accountSubject) {
        Applicant applicant = new Applicant();
        applicant.applicantRef = ApplicantRefs.next();
        applicant.idHash = idHash;
        applicant.nationalIdEncrypted = crypto.encrypt(profile.nationalId());
        applicant.accountSubject = accountSubject;
        applicant.createdAt = Instant.now();
        ContactDetails contact = new ContactDetails(null, null, null, null, null).updatedWith(profile.contact());
        apply(applicant, profile, contact);
        return applicant.<Applicant>persist().call(saved -> publish(saved, contact))
                .map(saved -> new Registration(saved, accountSubject));
    }

    /** Staff filing for the applicant, or the applicant's own account: name and contacts are refreshed. */
    private Uni<Registration> refresh(Applicant applicant, ApplicantProfile profile, String accountSubject) {
        ContactDetails before = contactOf(applicant);
        ContactDetails after = before.updatedWith(profile.contact());
        apply(applicant, profile, after);
        Registration registration = new Registration(applicant, accountSubject != null ? accountSubject : applicant.accountSubject);
        return after.equals(before) ? Uni.createFrom().item(registration) : publish(applicant, after).replaceWith(registration);
    }

    private void apply(Applicant applicant, ApplicantProfile profile, ContactDetails contact) {
        applicant.nameEncrypted = reseal(applicant.nameEncrypted, profile.name());
        applicant.phoneEncrypted = reseal(applicant.phoneEncrypted, contact.phone());
        applicant.emailEncrypted = reseal(applicant.emailEncrypted, contact.email());
        applicant.lineIdEncrypted = reseal(applicant.lineIdEncrypted, contact.lineId());
        applicant.locale = contact.locale().tag();
        applicant.channelPreferences = contact.preferencesText();
        applicant.ageBand = profile.ageBand();
        applicant.township = profile.township() != null ? profile.township() : applicant.township;
        applicant.residency = profile.residency() != null ? profile.residency() : applicant.residency;
    }

    /** Seals the value anew only when it changed, so an unchanged row is not rewritten. */
    private byte[] reseal(byte[] stored, String value) {
        return Objects.equals(crypto.decrypt(stored), value) ? stored : crypto.encrypt(value);
    }

    private ContactDetails contactOf(Applicant applicant) {
        ContactLocale locale = Arrays.stream(ContactLocale.values())
                .filter(candidate -> candidate.tag().equals(applicant.locale)).findFirst().orElse(null);
        return new ContactDetails(crypto.decrypt(applicant.phoneEncrypted), crypto.decrypt(applicant.emailEncrypted),
                crypto.decrypt(applicant.lineIdEncrypted), locale, ContactDetails.parsePreferences(applicant.channelPreferences));
    }

    private Uni<Void> publish(Applicant applicant, ContactDetails contact) {
        return outbox.record(new ApplicantContactUpdated(UUID.randomUUID(), Instant.now(), applicant.applicantRef,
                contact.phone(), contact.email(), contact.lineId(), contact.locale(), contact.channelPreferences(), null));
    }

    private static Uni<Void> lockIdentity(String idHash) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LOCK_IDENTITY)
                        .setParameter("namespace", LOCK_NAMESPACE)
                        .setParameter("idHash", idHash)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
