package tw.smartdesk.application.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import tw.smartdesk.application.api.PersonResolution;
import tw.smartdesk.application.api.PersonResolveRequest;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.ApplicantRefs;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.domain.IdentityNotVerifiedException;
import tw.smartdesk.application.domain.NationalIds;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.platform.sql.TransactionSlots;
import tw.smartdesk.platform.sql.WriteBatch;

/**
 * A person as the other services know them: their {@code applicantRef}, for reservation-service's booking rules per
 * person (ADR 0011). The identity comes from the end user's own token, verified here, never from the calling service:
 * a citizen resolves only themself, through the verified identity claim of their login, and their account is linked to
 * the person ({@link AccountLinks}); an operator, clerk or admin resolves a caller by the ID number and birth date the
 * caller tells them, checked as the phone desk's look-up checks them ({@link CallerLookup}), and links no account.
 *
 * <p>A person this service never knew is registered with no more than what identifies them: a fresh reference, the
 * ID number's keyed hash and the sealed number (a citizen's claim carries the number only in format RAW; a KEYED_HASH
 * claim gives the hash alone, and the number is sealed when a filing or the phone desk gives it), and, from staff, the
 * sealed birth date. Registrations, birth dates added and links are audited ({@link ApplicantAudit}); look-ups are not,
 * as the phone desk's are not. Erased applicants have no hash any more, so they are never found: an erased person
 * resolving again is a new applicant.
 */
@ApplicationScoped
public class PersonResolver {

    private static final String LEAVE_OUT = "must be left out: a citizen resolves only themself, by their verified login";

    private final ApplicantCrypto crypto;
    private final ApplicantAudit audit;
    private final AccountLinks links;
    private final TransactionSlots slots;
    private final Pool pool;

    PersonResolver(ApplicantCrypto crypto, ApplicantAudit audit, AccountLinks links, TransactionSlots slots, Pool pool) {
        this.crypto = crypto;
        this.audit = audit;
        this.links = links;
        this.slots = slots;
        this.pool = pool;
    }

    /** The person found or registered, and whether this call registered them. */
    private record Resolved(Applicant applicant, boolean registered) {
    }

    /**
     * The citizen themself (the body names no one, 400 otherwise; 403 {@code identity-not-verified} without the claim),
     * registered on first sight, and their account linked to them.
     *
     * @param verifiedNationalId the verified ID number itself, when the claim carries it (format RAW)
     */
    public Uni<PersonResolution> resolveSelf(PersonResolveRequest request, Caller citizen,
            Optional<String> verifiedNationalId) {
        return Uni.createFrom().item(request).invoke(PersonResolver::checkNamesNoOne).chain(() -> {
            List<String> idHashes = citizen.verifiedIdHashes();
            if (idHashes.isEmpty()) {
                return Uni.createFrom().failure(new IdentityNotVerifiedException());
            }
            Actor actor = Actor.of(citizen);
            return inTransaction((connection, writes) -> ApplicantRows.lockAndFind(connection, idHashes)
                    .chain(found -> found != null ? Uni.createFrom().item(new Resolved(found, false))
                            : register(connection, writes,
                                    newApplicant(idHashes.get(0), verifiedNationalId.orElse(null), null), actor, null, idHashes))
                    .invoke(resolved -> links.link(writes, resolved.applicant().applicantRef, actor, null)));
        });
    }

    /**
     * A caller named by staff (400 listing every broken rule): the applicant with that ID number and birth date (404
     * "no person with that ID number and birth date" for another birth date), or, for an unknown number, a new
     * applicant with the sealed number, its hash and the sealed birth date. An applicant without a birth date yet
     * (registered by a verified login) is given this one.
     */
    public Uni<PersonResolution> resolveCaller(PersonResolveRequest request, Caller staff) {
        return Uni.createFrom().item(request).invoke(PersonResolver::checkNamesCaller).chain(checked -> {
            String nationalId = NationalIds.normalise(checked.nationalId());
            LocalDate birthDate = checked.birthDate();
            List<String> candidates = crypto.idHashCandidates(nationalId);
            Actor actor = Actor.of(staff);
            ApplicationChannel desk = ApplicationHistory.deskOf(actor);
            return inTransaction((connection, writes) -> ApplicantRows.lockAndFind(connection, candidates)
                    .chain(found -> found != null ? Uni.createFrom().item(new Resolved(found, false))
                            : register(connection, writes, newApplicant(candidates.get(0), nationalId, birthDate), actor, desk,
                                    candidates))
                    .invoke(resolved -> {
                        if (!resolved.registered()) {
                            confirmBirthDate(writes, resolved.applicant(), nationalId, birthDate, actor, desk);
                        }
                    }));
        });
    }

    /**
     * One transaction (waiting for its turn in {@link TransactionSlots}): {@code resolve} reads on the connection and
     * adds its writes to the batch, which is sent last.
     */
    private Uni<PersonResolution> inTransaction(BiFunction<SqlConnection, WriteBatch, Uni<Resolved>> resolve) {
        return slots.run(() -> pool.withTransaction(connection -> {
            WriteBatch writes = new WriteBatch();
            return resolve.apply(connection, writes).call(() -> writes.sendOn(connection))
                    .map(resolved -> new PersonResolution(resolved.applicant().applicantRef, resolved.registered()));
        }));
    }

    /**
     * Inserts the new applicant with its audit entry. The caller holds the person's lock, so no filing or resolve
     * registers them meanwhile; should the hash be taken all the same (re-encryption moves an older applicant onto the
     * current hash key without that lock), the applicant that holds it is read again and answered instead.
     */
    private Uni<Resolved> register(SqlConnection connection, WriteBatch writes, Applicant applicant, Actor actor,
            ApplicationChannel channel, List<String> candidates) {
        return ApplicantRows.insertUnlessHashed(connection, applicant).chain(inserted -> {
            if (!inserted) {
                return ApplicantRows.lockAndFind(connection, candidates).map(found -> new Resolved(found, false));
            }
            audit.record(writes, applicant.applicantRef, ApplicantAudit.REGISTERED, actor, channel,
                    applicant.birthDateEncrypted == null ? List.of() : List.of("birthDate"));
            return Uni.createFrom().item(new Resolved(applicant, true));
        });
    }

    /** What identifies the person, nothing else: a fresh reference, the hash (current key), what is known sealed. */
    private Applicant newApplicant(String idHash, String nationalId, LocalDate birthDate) {
        Applicant applicant = new Applicant();
        applicant.applicantRef = ApplicantRefs.next();
        applicant.idHash = idHash;
        applicant.idHashKey = crypto.currentHashKeyId();
        applicant.nationalIdEncrypted = crypto.seal(SealedColumn.APPLICANT_NATIONAL_ID, applicant.applicantRef, nationalId);
        applicant.birthDateEncrypted = crypto.seal(SealedColumn.APPLICANT_BIRTH_DATE, applicant.applicantRef,
                birthDate == null ? null : birthDate.toString());
        applicant.createdAt = Instant.now();
        return applicant;
    }

    /** The given birth date must be the sealed one; an applicant without one gets it (and the ID number, if missing). */
    private void confirmBirthDate(WriteBatch writes, Applicant applicant, String nationalId, LocalDate birthDate, Actor actor,
            ApplicationChannel desk) {
        String ref = applicant.applicantRef;
        if (applicant.birthDateEncrypted != null) {
            if (!CallerLookup.bornOn(crypto, applicant, birthDate)) {
                throw ProblemException.notFound("Person", "with that ID number and birth date");
            }
            return;
        }
        ApplicantRows.complete(writes, ref, applicant.nationalIdEncrypted != null ? null
                : crypto.seal(SealedColumn.APPLICANT_NATIONAL_ID, ref, nationalId),
                crypto.seal(SealedColumn.APPLICANT_BIRTH_DATE, ref, birthDate.toString()));
        audit.record(writes, ref, ApplicantAudit.CHANGED, actor, desk, List.of("birthDate"));
    }

    /** 400 when a citizen's body names anyone. */
    private static void checkNamesNoOne(PersonResolveRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (request != null && request.nationalId() != null) {
            violations.add(new Problem.Violation("nationalId", LEAVE_OUT));
        }
        if (request != null && request.birthDate() != null) {
            violations.add(new Problem.Violation("birthDate", LEAVE_OUT));
        }
        refuseBroken(violations);
    }

    /** 400 listing every problem of the ID number and birth date staff give. */
    private static void checkNamesCaller(PersonResolveRequest request) {
        refuseBroken(request == null ? CallerLookup.personViolations(null, null)
                : CallerLookup.personViolations(request.nationalId(), request.birthDate()));
    }

    private static void refuseBroken(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations.size() + " rule(s) broken", violations);
        }
    }
}
