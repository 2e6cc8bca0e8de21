package tw.smartdesk.application.keys;

import static java.util.stream.Collectors.joining;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.smartdesk.platform.sql.CommittedReads;

/**
 * Which keys the stored data is under: sealed values per data key id and ID-number hashes per hash key id
 * ({@code (unnamed)} for those made before key rings). An older key may leave its ring once it holds nothing.
 */
@ApplicationScoped
public class KeyUsage {

    private static final String SEALED_BY_KEY = "select key_id, cast(sum(n) as bigint) from ("
            + Arrays.stream(SealedColumn.values())
                    .map(column -> "select sealed_key_id(" + column.column() + ") as key_id, count(*) as n from "
                            + column.table() + " where " + column.column() + " is not null group by 1")
                    .collect(joining(" union all "))
            + ") sealed group by key_id order by key_id";
    private static final String HASHES_BY_KEY = "select coalesce(id_hash_key, '(unnamed)'), count(*) from applicant"
            + " where id_hash is not null group by 1 order by 1";

    private final ApplicantCrypto crypto;
    private final KeyRotation rotation;
    private final CommittedReads reads;

    KeyUsage(ApplicantCrypto crypto, KeyRotation rotation, CommittedReads reads) {
        this.crypto = crypto;
        this.rotation = rotation;
        this.reads = reads;
    }

    /**
     * The rings and what is stored under each key.
     *
     * @param dataKeys the data key ring, current first
     * @param sealedValues sealed values per data key id
     * @param hashKeys the hash key ring, current first
     * @param idHashes ID-number hashes per hash key id
     * @param rowsToRenew rows re-encryption still has to rewrite
     */
    public record Report(List<String> dataKeys, Map<String, Long> sealedValues, List<String> hashKeys,
            Map<String, Long> idHashes, long rowsToRenew) {
    }

    public Uni<Report> report() {
        return counts(SEALED_BY_KEY)
                .chain(sealed -> counts(HASHES_BY_KEY)
                        .chain(hashes -> rotation.remaining()
                                .map(left -> new Report(crypto.dataKeyIds(), sealed, crypto.hashKeyIds(), hashes, left))));
    }

    private Uni<Map<String, Long>> counts(String query) {
        return reads.rows(query).map(rows -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            rows.forEach(row -> counts.put(row.getString(0), row.getLong(1)));
            return counts;
        });
    }
}
