package tw.smartdesk.application.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import tw.smartdesk.application.config.IdentityConfig;
import tw.smartdesk.application.domain.NationalIds;
import tw.smartdesk.application.keys.ApplicantCrypto;

/**
 * Reads the verified identity claim of a token ({@link IdentityConfig}) as keyed hashes of the ID number,
 * the form {@code applicant.id_hash} has: a RAW claim is hashed under every key of the hash key ring (current
 * first), so applicants not yet re-hashed are found too; a KEYED_HASH claim is the provider's hash under the
 * current key and is taken as it is. A claim that is present but malformed is treated as absent (and
 * logged without its value): it verifies nobody.
 */
@ApplicationScoped
public class VerifiedIdentity {

    private static final Pattern HEX_HASH = Pattern.compile("[0-9a-f]{64}");

    private final IdentityConfig config;
    private final ApplicantCrypto crypto;

    VerifiedIdentity(IdentityConfig config, ApplicantCrypto crypto) {
        this.config = config;
        this.crypto = crypto;
    }

    /** The keyed hashes of the verified ID number; empty when the token carries no (usable) claim. */
    public List<String> idHashesOf(JsonWebToken token) {
        return claimOf(token).map(this::idHashesOf).orElse(List.of());
    }

    /**
     * The verified ID number itself, normalised, when the provider sends it (format RAW) and it is valid; empty for
     * KEYED_HASH, where the number never travels, and without a usable claim. Never log it.
     */
    public Optional<String> nationalIdOf(JsonWebToken token) {
        if (config.claimFormat() != IdentityConfig.ClaimFormat.RAW) {
            return Optional.empty();
        }
        return claimOf(token).filter(NationalIds::isValid).map(NationalIds::normalise);
    }

    private Optional<String> claimOf(JsonWebToken token) {
        Object claim = token.getClaim(config.verifiedIdClaim());
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", "").strip());
    }

    List<String> idHashesOf(String value) {
        if (config.claimFormat() == IdentityConfig.ClaimFormat.RAW) {
            if (NationalIds.isValid(value)) {
                return crypto.idHashCandidates(NationalIds.normalise(value));
            }
        } else {
            String hash = value.toLowerCase(Locale.ROOT);
            if (HEX_HASH.matcher(hash).matches()) {
                return List.of(hash);
            }
        }
        Log.warnf("Token claim %s is not a %s value; the caller is treated as unverified", config.verifiedIdClaim(),
                config.claimFormat());
        return List.of();
    }
}
