package tw.smartdesk.application.keys;

import static java.util.stream.Collectors.joining;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.hibernate.reactive.mutiny.Mutiny;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationForm;
import tw.smartdesk.application.domain.FilingContact;
import tw.smartdesk.platform.sql.CommittedReads;

/**
 * Re-encryption after a key change: every sealed value not under the current data key is opened and sealed
 * again under it, and every ID-number hash not under the current hash key is made again from the opened ID
 * number. Rows are taken in batches, each batch its own transaction, locked ({@code for update skip locked})
 * so a filing changing the same row meanwhile is neither lost nor blocked for long; a run stops after
 * {@code limit} rows and says how many are left, so an operator repeats it until none are (see README "Keys").
 */
@ApplicationScoped
public class KeyRotation {

    /** Rows one transaction rewrites at most, per table. */
    static final int BATCH = 200;

    /**
     * An ID-number hash not under the current hash key ({@code %s}) that can be made again: the sealed number is there.
     * An applicant registered by a verified login whose claim held only the hash has no number until a filing or the
     * phone desk gives it; its hash stays under its key meanwhile (see README "Keys").
     */
    private static final String RENEWABLE_HASH = "(id_hash is not null and id_hash_key is distinct from %s"
            + " and national_id_enc is not null)";
    private static final String STALE_APPLICANTS = "select applicant_ref from applicant where "
            + staleValue("applicant", ":dataKey") + " or " + RENEWABLE_HASH.formatted(":hashKey")
            + " order by applicant_ref limit :limit for update skip locked";
    private static final String STALE_APPLICATIONS = "select cast(id as text) from application where "
            + staleValue("application", ":dataKey") + " order by id limit :limit for update skip locked";
    private static final String STALE_FORMS = "select cast(application_id as text) from application_form where "
            + staleValue("application_form", ":dataKey") + " order by application_id limit :limit for update skip locked";
    private static final String STALE_FILING_CONTACTS = "select cast(submission_id as text) from filing_contact where "
            + staleValue("filing_contact", ":dataKey") + " order by submission_id limit :limit for update skip locked";
    private static final String REMAINING = "select (select count(*) from applicant where " + staleValue("applicant", "$1")
            + " or " + RENEWABLE_HASH.formatted("$2") + ")"
            + " + (select count(*) from application where " + staleValue("application", "$1") + ")"
            + " + (select count(*) from application_form where " + staleValue("application_form", "$1") + ")"
            + " + (select count(*) from filing_contact where " + staleValue("filing_contact", "$1") + ")";

    private final ApplicantCrypto crypto;
    private final CommittedReads reads;

    KeyRotation(ApplicantCrypto crypto, CommittedReads reads) {
        this.crypto = crypto;
        this.reads = reads;
    }

    /** What one run did and what is left; {@code remainingRows == 0} means older keys hold nothing any more. */
    public record Outcome(String dataKey, String hashKey, int rowsRewritten, int valuesResealed, int hashesRenewed,
            long remainingRows) {
    }

    /** Moves up to {@code limit} rows onto the current keys, batch by batch, and counts what is left. */
    public Uni<Outcome> run(int limit) {
        Tally tally = new Tally();
        return batches(limit, tally).chain(() -> remaining())
                .map(left -> new Outcome(crypto.currentDataKeyId(), crypto.currentHashKeyId(), tally.rows,
                        tally.values, tally.hashes, left));
    }

    /** The rows that still hold a value or a hash under an older key. */
    public Uni<Long> remaining() {
        return reads.rows(REMAINING, crypto.currentDataKeyId(), crypto.currentHashKeyId()).map(rows -> rows.get(0).getLong(0));
    }

    private Uni<Void> batches(int limit, Tally tally) {
        int size = Math.min(BATCH, limit - tally.rows);
        if (size <= 0) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> batch(size, tally))
                .chain(rewritten -> rewritten == 0 ? Uni.createFrom().voidItem() : batches(limit, tally));
    }

    /** One transaction: up to {@code size} rows, taken table after table. */
    private Uni<Integer> batch(int size, Tally tally) {
        int before = tally.rows;
        IntSupplier left = () -> size - (tally.rows - before);
        return renewStale(STALE_APPLICANTS, left, Function.identity(),
                refs -> Applicant.<Applicant>list("applicantRef in ?1", refs), row -> renew(row, tally))
                .chain(() -> renewStale(STALE_APPLICATIONS, left, UUID::fromString,
                        ids -> Application.<Application>list("id in ?1", ids), row -> renew(row, tally)))
                .chain(() -> renewStale(STALE_FORMS, left, UUID::fromString,
                        ids -> ApplicationForm.<ApplicationForm>list("applicationId in ?1", ids), row -> renew(row, tally)))
                .chain(() -> renewStale(STALE_FILING_CONTACTS, left, UUID::fromString,
                        ids -> FilingContact.<FilingContact>list("submissionId in ?1", ids), row -> renew(row, tally)))
                .map(done -> tally.rows - before);
    }

    /**
     * Locks up to {@code limit} stale rows of one table (ids from {@code query}), loads and renews them. The ids
     * are read with a native select in the transaction (it must lock them); such a select leaves Hibernate one
     * more cached plan per call (see CommittedReads), which is tolerable for an administrator's command.
     */
    private <I, E> Uni<Void> renewStale(String query, IntSupplier left, Function<String, I> id,
            Function<List<I>, Uni<List<E>>> load, Consumer<E> renew) {
        int limit = left.getAsInt();
        if (limit <= 0) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> {
                    Mutiny.SelectionQuery<String> stale = session.createNativeQuery(query, String.class)
                            .setParameter("dataKey", crypto.currentDataKeyId()).setParameter("limit", limit);
                    if (query.contains(":hashKey")) {
                        stale.setParameter("hashKey", crypto.currentHashKeyId());
                    }
                    return stale.getResultList();
                })
                .map(ids -> ids.stream().map(id).toList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().voidItem()
                        : load.apply(ids).invoke(rows -> rows.forEach(renew)).replaceWithVoid());
    }

    private void renew(Applicant row, Tally tally) {
        String ref = row.applicantRef;
        row.nationalIdEncrypted = renew(SealedColumn.APPLICANT_NATIONAL_ID, ref, row.nationalIdEncrypted, tally);
        row.nameEncrypted = renew(SealedColumn.APPLICANT_NAME, ref, row.nameEncrypted, tally);
        row.birthDateEncrypted = renew(SealedColumn.APPLICANT_BIRTH_DATE, ref, row.birthDateEncrypted, tally);
        row.phoneEncrypted = renew(SealedColumn.APPLICANT_PHONE, ref, row.phoneEncrypted, tally);
        row.emailEncrypted = renew(SealedColumn.APPLICANT_EMAIL, ref, row.emailEncrypted, tally);
        row.lineIdEncrypted = renew(SealedColumn.APPLICANT_LINE_ID, ref, row.lineIdEncrypted, tally);
        if (row.idHash != null && !crypto.currentHashKeyId().equals(row.idHashKey) && row.nationalIdEncrypted != null) {
            row.idHash = crypto.idHash(crypto.open(SealedColumn.APPLICANT_NATIONAL_ID, ref, row.nationalIdEncrypted));
            row.idHashKey = crypto.currentHashKeyId();
            tally.hashes++;
        }
        tally.rows++;
    }

    private void renew(Application row, Tally tally) {
        row.proxyNameEncrypted = renew(SealedColumn.APPLICATION_PROXY_NAME, row.id, row.proxyNameEncrypted, tally);
        tally.rows++;
    }

    private void renew(ApplicationForm row, Tally tally) {
        row.fieldsEncrypted = renew(SealedColumn.APPLICATION_FORM_FIELDS, row.applicationId, row.fieldsEncrypted, tally);
        tally.rows++;
    }

    private void renew(FilingContact row, Tally tally) {
        row.phoneEncrypted = renew(SealedColumn.FILING_CONTACT_PHONE, row.submissionId, row.phoneEncrypted, tally);
        row.emailEncrypted = renew(SealedColumn.FILING_CONTACT_EMAIL, row.submissionId, row.emailEncrypted, tally);
        row.lineIdEncrypted = renew(SealedColumn.FILING_CONTACT_LINE_ID, row.submissionId, row.lineIdEncrypted, tally);
        tally.rows++;
    }

    private byte[] renew(SealedColumn column, Object rowId, byte[] stored, Tally tally) {
        if (crypto.isUnderCurrentKey(stored)) {
            return stored;
        }
        tally.values++;
        return crypto.seal(column, rowId, crypto.open(column, rowId, stored));
    }

    /**
     * {@code sealed_key_id(<column>) <> <currentKey> or ...} over the table's sealed columns (see V21__key_rings.sql),
     * {@code currentKey} being the placeholder of the current data key id in the statement.
     */
    private static String staleValue(String table, String currentKey) {
        return "(" + Arrays.stream(SealedColumn.values()).filter(column -> column.table().equals(table))
                .map(column -> "sealed_key_id(" + column.column() + ") <> " + currentKey).collect(joining(" or ")) + ")";
    }

    private static final class Tally {
        int rows;
        int values;
        int hashes;
    }
}
