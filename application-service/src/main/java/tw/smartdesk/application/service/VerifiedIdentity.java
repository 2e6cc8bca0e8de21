package tw.smartdesk.application.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import tw.smartdesk.application.config.IdentityConfig;
import tw.smartdesk.application.domain.NationalIds;

/**
 * Reads the verified identity claim of a token ({@link IdentityConfig}) as the keyed hash of the ID
 * number, the form {@code applicant.id_hash} has. A claim that is present but malformed is treated as
 * absent (and logged without its value): it verifies nobody.
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

    /** The keyed hash of the verified ID number, or null when the token carries no (usable) claim. */
    public String idHashOf(JsonWebToken token) {
        Object claim = token.getClaim(config.verifiedIdClaim());
        if (claim == null) {
            return null;
        }
        return idHashOf(claim.toString().replace("\"", "").strip());
    }

    String idHashOf(String value) {
        if (config.claimFormat() == IdentityConfig.ClaimFormat.RAW) {
            if (NationalIds.isValid(value)) {
                return crypto.idHash(NationalIds.normalise(value));
            }
        } else {
            String hash = value.toLowerCase(Locale.ROOT);
            if (HEX_HASH.matcher(hash).matches()) {
                return hash;
            }
        }
        Log.warnf("Token claim %s is not a %s value; the caller is treated as unverified", config.verifiedIdClaim(),
                config.claimFormat());
        return null;
    }
}
