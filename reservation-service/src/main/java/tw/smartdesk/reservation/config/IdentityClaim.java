package tw.smartdesk.reservation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The verified identity claim of a citizen's token: the same setting application-service reads
 * ({@code smartdesk.identity.verified-id-claim}), so that one variable configures both services.
 */
@ConfigMapping(prefix = "smartdesk.identity")
public interface IdentityClaim {

    /** The claim's name ({@code tw_national_id_hash}). */
    @WithDefault("tw_national_id_hash")
    String verifiedIdClaim();
}
