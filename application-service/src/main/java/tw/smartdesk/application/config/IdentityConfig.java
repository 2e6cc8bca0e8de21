package tw.smartdesk.application.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The verified identity claim ({@code smartdesk.identity.*}): the only thing that links a citizen account
 * to an applicant. The county's OIDC provider adds it to a token only after a citizen digital certificate
 * (自然人憑證) or mobile ID login; a token without it is an unverified account.
 */
@ConfigMapping(prefix = "smartdesk.identity")
public interface IdentityConfig {

    /** Name of the token claim carrying the verified ID number (or its keyed hash, see {@link #claimFormat()}). */
    @WithDefault("tw_national_id_hash")
    String verifiedIdClaim();

    /** How the claim's value is compared with an applicant: the ID number itself, or its keyed hash. */
    @WithDefault("KEYED_HASH")
    ClaimFormat claimFormat();

    /** The two forms the provider may send the verified ID number in. */
    enum ClaimFormat {
        /** The ID number itself; it is normalised, its check digit verified and then hashed here. */
        RAW,
        /**
         * Lower-case hex HMAC-SHA256 of the normalised ID number under the secret
         * {@code smartdesk.application.id-hash-key}, shared with the provider, so the number never travels
         * in a token; compared with {@code applicant.id_hash} as it is.
         */
        KEYED_HASH
    }
}
