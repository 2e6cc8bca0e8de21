package tw.smartdesk.application.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives the pseudonymous {@code applicantRef} from a resident's identity with a keyed hash: stable
 * for one person, meaningless without the key, so events can be joined per person but not traced back.
 */
public final class ApplicantRefs {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public ApplicantRefs(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String of(String identity) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
            return "APL-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
