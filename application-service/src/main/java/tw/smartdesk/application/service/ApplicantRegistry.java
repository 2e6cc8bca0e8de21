package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.ApplicantProfile;
import tw.smartdesk.application.domain.ApplicantRefs;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.events.application.ApplicationChannel;

/**
 * The applicants this service knows, found by the keyed hash of their ID number, and who may change them.
 *
 * <p>Staff (filing by phone or at the counter) and the person's own verified account (a token whose
 * verified identity claim is this ID number, filing without a proxy) may change a known applicant's name
 * and stored contacts; every change leaves an audit entry ({@link ApplicantAudit}) and a changed contact
 * goes to {@code applicant-contacts} ({@link ApplicantUpdates}). A verified filing also links the account
 * ({@link AccountLinks}). Anyone else, i.e. a citizen account that merely knows the number, changes
 * nothing stored: the filing goes ahead under the applicant, belongs to the filing account alone, and its
 * contact details stay with that filing ({@code filing_contact}). A first filing by such an account
 * registers the applicant with the name and demographics it gives, but no stored contacts.
 *
 * <p>An applicant is found by the ID number's hash under any key of the hash key ring; one found under an older
 * key is re-hashed under the current key on the spot (the re-encryption command does the rest).
 */
@ApplicationScoped
public class ApplicantRegistry {

    /** First key of the two-key advisory lock space, so these locks never meet another feature's. */
    private static final int LOCK_NAMESPACE = 0x41504C;
    private static final String LOCK_IDENTITY = "select 1 from pg_advisory_xact_lock(:namespace, hashtext(:idHash))";
    private static final String BY_ID_HASH = "idHash in ?1";

    private final ApplicantCrypto crypto;
    private final ApplicantUpdates updates;
    private final ApplicantAudit audit;
    private final AccountLinks links;

    ApplicantRegistry(ApplicantCrypto crypto, ApplicantUpdates updates, ApplicantAudit audit, AccountLinks links) {
        this.crypto = crypto;
        this.updates = updates;
        this.audit = audit;
        this.links = links;
    }

    /**
     * Who files: the actor and channel, the citizen account filing (null for staff), the keyed hashes of the
     * account's verified ID number (empty without the claim, see {@code Caller}) and whether a proxy files for
     * the applicant.
     */
    public record Filer(Actor actor, ApplicationChannel channel, String accountSubject, List<String> verifiedIdHashes,
            boolean proxy) {

        boolean isStaff() {
            return accountSubject == null;
        }

        /** The applicant's own verified account, filing in person (a proxy's claim is the proxy's). */
        boolean isVerifiedAs(String idHash) {
            return accountSubject != null && !proxy && verifiedIdHashes.contains(idHash);
        }
    }

    /**
     * The applicant a filing is for, the account that owns its applications (the filing citizen account;
     * null for staff filings) and whether the filing's contact details are the applicant's stored ones
     * (false: they are kept for that filing only).
     */
    public record Registration(Applicant applicant, String ownerSubject, boolean contactsStored) {
    }

    /**
     * The applicant with this ID number, registered on first sight, changed when the filer may change it
     * (see the class comment); call inside the filing's transaction. Two filings for the same new person at
     * once are serialised, so they cannot register two applicants.
     */
    public Uni<Registration> register(ApplicantProfile profile, Filer filer) {
        List<String> candidates = crypto.idHashCandidates(profile.nationalId());
        String idHash = candidates.get(0);
        boolean mayChange = filer.isStaff() || filer.isVerifiedAs(idHash);
        return lockIdentity(candidates)
                .chain(() -> Applicant.<Applicant>find(BY_ID_HASH, candidates).<Applicant>firstResult())
                .chain(found -> found == null ? create(idHash, profile, filer, mayChange)
                        : change(rehashed(found, idHash), profile, filer, mayChange))
                .call(applicant -> filer.isVerifiedAs(idHash)
                        ? links.link(applicant.applicantRef, filer.actor(), filer.channel()) : Uni.createFrom().voidItem())
                .map(applicant -> new Registration(applicant, filer.accountSubject(), mayChange));
    }

    private Uni<Applicant> create(String idHash, ApplicantProfile profile, Filer filer, boolean withContacts) {
        Applicant applicant = new Applicant();
        applicant.applicantRef = ApplicantRefs.next();
        applicant.idHash = idHash;
        applicant.idHashKey = crypto.currentHashKeyId();
        applicant.nationalIdEncrypted = crypto.seal(SealedColumn.APPLICANT_NATIONAL_ID, applicant.applicantRef,
                profile.nationalId());
        applicant.createdAt = Instant.now();
        return applicant.<Applicant>persist()
                .chain(saved -> updates.apply(saved, profile, withContacts)
                        .call(fields -> audit.record(saved.applicantRef, ApplicantAudit.REGISTERED, filer.actor(),
                                filer.channel(), fields))
                        .replaceWith(saved));
    }

    private Uni<Applicant> change(Applicant applicant, ApplicantProfile profile, Filer filer, boolean mayChange) {
        if (!mayChange) {
            return Uni.createFrom().item(applicant);
        }
        return updates.apply(applicant, profile, true)
                .call(fields -> fields.isEmpty() ? Uni.createFrom().voidItem()
                        : audit.record(applicant.applicantRef, ApplicantAudit.CHANGED, filer.actor(), filer.channel(), fields))
                .replaceWith(applicant);
    }

    private Applicant rehashed(Applicant applicant, String currentHash) {
        if (!currentHash.equals(applicant.idHash)) {
            applicant.idHash = currentHash;
            applicant.idHashKey = crypto.currentHashKeyId();
        }
        return applicant;
    }

    /**
     * Locks the person under the hash of every key of the ring, in a fixed order: instances part-way through a
     * change of ring (old ring and old + new ring) still share a key, so they still serialise on it.
     *
     * <p>Run as an update, not as a query: Hibernate keys its cache of native <em>select</em> plans on the SQL
     * and a result mapping that is new for every call of an unmapped select, so each filing added one more
     * entry under the same hash, and every look-up compared against all of them (the {@code
     * SelectInterpretationsKey} collisions a profile of the submission load showed). An update's plan is keyed
     * on the SQL alone; PostgreSQL runs the select all the same.
     */
    private static Uni<Void> lockIdentity(List<String> candidates) {
        Uni<Void> locked = Uni.createFrom().voidItem();
        for (String idHash : candidates.stream().sorted().toList()) {
            locked = locked.chain(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery(LOCK_IDENTITY)
                            .setParameter("namespace", LOCK_NAMESPACE)
                            .setParameter("idHash", idHash)
                            .executeUpdate())
                    .replaceWithVoid());
        }
        return locked;
    }
}
