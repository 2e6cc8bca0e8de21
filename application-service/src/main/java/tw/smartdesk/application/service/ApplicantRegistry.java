package tw.smartdesk.application.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
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
import tw.smartdesk.platform.sql.WriteBatch;

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
     * (see the class comment). Reads on {@code connection}, inside the filing's transaction, in one round trip (the
     * person's lock, then the look-up: {@link ApplicantRows#lockAndFind}, so two filings for the same new person at
     * once cannot register two applicants); every write goes to {@code writes}, which the filing sends with its own.
     */
    public Uni<Registration> register(SqlConnection connection, WriteBatch writes, ApplicantProfile profile, Filer filer) {
        List<String> candidates = crypto.idHashCandidates(profile.nationalId());
        String idHash = candidates.get(0);
        boolean mayChange = filer.isStaff() || filer.isVerifiedAs(idHash);
        return ApplicantRows.lockAndFind(connection, candidates).map(found -> {
            Applicant applicant = found == null ? create(writes, idHash, profile, filer, mayChange)
                    : change(writes, found, idHash, profile, filer, mayChange);
            if (filer.isVerifiedAs(idHash)) {
                links.link(writes, applicant.applicantRef, filer.actor(), filer.channel());
            }
            return new Registration(applicant, filer.accountSubject(), mayChange);
        });
    }

    private Applicant create(WriteBatch writes, String idHash, ApplicantProfile profile, Filer filer, boolean withContacts) {
        Applicant applicant = new Applicant();
        applicant.applicantRef = ApplicantRefs.next();
        applicant.idHash = idHash;
        applicant.idHashKey = crypto.currentHashKeyId();
        applicant.nationalIdEncrypted = crypto.seal(SealedColumn.APPLICANT_NATIONAL_ID, applicant.applicantRef,
                profile.nationalId());
        applicant.createdAt = Instant.now();
        List<String> fields = updates.apply(applicant, profile, withContacts, writes);
        ApplicantRows.insert(writes, applicant);
        audit.record(writes, applicant.applicantRef, ApplicantAudit.REGISTERED, filer.actor(), filer.channel(), fields);
        return applicant;
    }

    /**
     * A known applicant: re-hashed under the current key when found under an older one, given its sealed ID number when
     * it has none (registered by a verified login whose claim is only the keyed hash, see {@link PersonResolver}), and
     * changed when the filer may change it (an unchanged applicant under the current key is not written).
     */
    private Applicant change(WriteBatch writes, Applicant applicant, String currentHash, ApplicantProfile profile, Filer filer,
            boolean mayChange) {
        boolean rehashed = !currentHash.equals(applicant.idHash);
        if (rehashed) {
            applicant.idHash = currentHash;
            applicant.idHashKey = crypto.currentHashKeyId();
        }
        boolean numberAdded = applicant.nationalIdEncrypted == null;
        if (numberAdded) {
            applicant.nationalIdEncrypted = crypto.seal(SealedColumn.APPLICANT_NATIONAL_ID, applicant.applicantRef,
                    profile.nationalId());
        }
        if (!mayChange) {
            if (rehashed || numberAdded) {
                ApplicantRows.update(writes, applicant);
            }
            return applicant;
        }
        List<String> fields = updates.apply(applicant, profile, true, writes);
        ApplicantRows.update(writes, applicant);
        if (!fields.isEmpty()) {
            audit.record(writes, applicant.applicantRef, ApplicantAudit.CHANGED, filer.actor(), filer.channel(), fields);
        }
        return applicant;
    }
}
