package tw.smartdesk.application.filing;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * Citizen tokens as the county's OIDC provider issues them after a citizen digital certificate or mobile
 * ID login: with the verified identity claim, in the configured claim name and format (the test profile
 * uses the production default, the keyed hash of the ID number).
 */
final class VerifiedTokens {

    private VerifiedTokens() {
    }

    /** {@code Authorization} header of a citizen {@code subject} whose verified ID number is {@code nationalId}. */
    static String bearer(String subject, String nationalId) {
        return "Bearer " + TestTokens.withClaims(subject, Roles.CITIZEN, Map.of(claimName(), claimValue(nationalId)));
    }

    static String claimName() {
        return ConfigProvider.getConfig().getValue("smartdesk.identity.verified-id-claim", String.class);
    }

    private static String claimValue(String nationalId) {
        String format = ConfigProvider.getConfig().getValue("smartdesk.identity.claim-format", String.class);
        return "RAW".equals(format) ? nationalId : keyedHash(nationalId);
    }

    /** HMAC-SHA256 of the ID number under the current key of the service's ID hash key ring, lower-case hex. */
    static String keyedHash(String nationalId) {
        String ring = ConfigProvider.getConfig().getValue("smartdesk.application.id-hash-keys", String.class);
        String key = ring.split(",")[0].substring(ring.indexOf(':') + 1);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(nationalId.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
