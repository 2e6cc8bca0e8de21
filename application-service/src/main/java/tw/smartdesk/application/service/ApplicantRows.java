package tw.smartdesk.application.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.events.application.Residency;
import tw.smartdesk.events.application.Township;
import tw.smartdesk.platform.sql.WriteBatch;

/**
 * The {@code applicant} row in SQL, for the pipelined writes ({@link WriteBatch}) of filing and of resolving a person:
 * the person's lock and look-up by ID-number hash, the insert and the update of every column. Hibernate maps the same
 * table for every other use, through the {@link Applicant} entity: a column added to one must be added to the other
 * (the submission tests read back through the entity what filing wrote here).
 */
final class ApplicantRows {

    private static final String COLUMNS = "applicant_ref, id_hash, id_hash_key, national_id_enc, name_enc, phone_enc,"
            + " email_enc, line_id_enc, locale, channel_preferences, birth_date_enc, township, age_band, residency,"
            + " created_at, erased_at";

    /**
     * The applicant with ID-number hash {@code $1}, if there is one. An equality, never {@code = any($1)}: prepared
     * while the table is small, the array form's generic plan is a sequential scan, and the pool keeps that plan, so
     * every filing read the whole table (115,000 rows at the end of a benchmark run; {@code ApplicantRowsTest}).
     */
    static final String BY_ID_HASH = "select " + COLUMNS + " from applicant where id_hash = $1";

    /** First key of the two-key advisory lock space, so these locks never meet another feature's. */
    private static final int LOCK_NAMESPACE = 0x41504C;
    private static final String LOCK_IDENTITY = "select pg_advisory_xact_lock($1, hashtext($2))";

    private static final String INSERT = "insert into applicant (" + COLUMNS + ") values ($1, $2, $3, $4, $5, $6, $7, $8,"
            + " $9, $10, $11, $12, $13, $14, $15, $16)";

    /** {@link #INSERT}, unless another applicant already has the ID-number hash. */
    private static final String INSERT_UNLESS_HASHED = INSERT + " on conflict (id_hash) do nothing";

    /** Fills in the sealed ID number and birth date where they are missing; leaves an erased applicant alone. */
    private static final String COMPLETE = "update applicant set national_id_enc = coalesce(national_id_enc, $2),"
            + " birth_date_enc = coalesce(birth_date_enc, $3) where applicant_ref = $1 and erased_at is null";

    private static final String UPDATE = """
            update applicant set id_hash = $2, id_hash_key = $3, national_id_enc = $4, name_enc = $5, phone_enc = $6,
                email_enc = $7, line_id_enc = $8, locale = $9, channel_preferences = $10, birth_date_enc = $11,
                township = $12, age_band = $13, residency = $14, created_at = $15, erased_at = $16
            where applicant_ref = $1
            """;

    private ApplicantRows() {
    }

    /**
     * The applicant with one of these ID-number hashes (the first candidate that has one; null for none), read on
     * {@code connection} in one round trip after the person's lock, inside the caller's transaction. Whoever may
     * register the person takes the lock first, so two writers cannot both register them: it is taken under every
     * candidate, in a fixed order, so instances part-way through a change of ring (old ring and old + new ring) still
     * share a lock.
     */
    static Uni<Applicant> lockAndFind(SqlConnection connection, List<String> candidates) {
        WriteBatch lookUp = new WriteBatch();
        for (String candidate : candidates.stream().sorted().toList()) {
            lookUp.add(LOCK_IDENTITY, LOCK_NAMESPACE, candidate);
        }
        for (String candidate : candidates) {
            lookUp.add(BY_ID_HASH, candidate);
        }
        return lookUp.sendOn(connection).map(answers -> answers.subList(answers.size() - candidates.size(), answers.size())
                .stream().map(ApplicantRows::first).filter(Objects::nonNull).findFirst().orElse(null));
    }

    /** The applicant in the look-up's answer; null when it found none. */
    static Applicant first(RowSet<Row> rows) {
        Iterator<Row> iterator = rows.iterator();
        if (!iterator.hasNext()) {
            return null;
        }
        Row row = iterator.next();
        Applicant applicant = new Applicant();
        applicant.applicantRef = row.getString(0);
        applicant.idHash = row.getString(1);
        applicant.idHashKey = row.getString(2);
        applicant.nationalIdEncrypted = bytes(row, 3);
        applicant.nameEncrypted = bytes(row, 4);
        applicant.phoneEncrypted = bytes(row, 5);
        applicant.emailEncrypted = bytes(row, 6);
        applicant.lineIdEncrypted = bytes(row, 7);
        applicant.locale = row.getString(8);
        applicant.channelPreferences = row.getString(9);
        applicant.birthDateEncrypted = bytes(row, 10);
        applicant.township = row.getString(11) == null ? null : Township.valueOf(row.getString(11));
        applicant.ageBand = row.getString(12);
        applicant.residency = row.getString(13) == null ? null : Residency.valueOf(row.getString(13));
        applicant.createdAt = instant(row.getOffsetDateTime(14));
        applicant.erasedAt = instant(row.getOffsetDateTime(15));
        return applicant;
    }

    static void insert(WriteBatch writes, Applicant applicant) {
        writes.add(INSERT, values(applicant));
    }

    static void update(WriteBatch writes, Applicant applicant) {
        writes.add(UPDATE, values(applicant));
    }

    /**
     * Inserts the applicant at once unless its ID-number hash is taken, by a writer that did not take the person's
     * lock (re-encryption moving an applicant onto the current hash key); answers whether it did.
     */
    static Uni<Boolean> insertUnlessHashed(SqlConnection connection, Applicant applicant) {
        return new WriteBatch().add(INSERT_UNLESS_HASHED, values(applicant)).sendOn(connection)
                .map(answers -> answers.get(0).rowCount() == 1);
    }

    /** Fills in the applicant's sealed ID number and birth date where the row has none (null leaves a value as it is). */
    static void complete(WriteBatch writes, String applicantRef, byte[] nationalIdSealed, byte[] birthDateSealed) {
        writes.add(COMPLETE, applicantRef, nationalIdSealed, birthDateSealed);
    }

    private static Object[] values(Applicant applicant) {
        return new Object[] {applicant.applicantRef, applicant.idHash, applicant.idHashKey, applicant.nationalIdEncrypted,
                applicant.nameEncrypted, applicant.phoneEncrypted, applicant.emailEncrypted, applicant.lineIdEncrypted,
                applicant.locale, applicant.channelPreferences, applicant.birthDateEncrypted, applicant.township,
                applicant.ageBand, applicant.residency, applicant.createdAt, applicant.erasedAt};
    }

    private static byte[] bytes(Row row, int column) {
        Buffer buffer = row.getBuffer(column);
        return buffer == null ? null : buffer.getBytes();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
