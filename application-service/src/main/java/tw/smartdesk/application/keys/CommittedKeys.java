package tw.smartdesk.application.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * The keys committed to this repository (the {@code %dev} and {@code %test} rings in application.properties,
 * which docker-compose.yml once defaulted to), known by the SHA-256 of their bytes. Outside dev and test the
 * service refuses to start with any of them: everyone who can read the repository holds them.
 * {@code CommittedKeysTest} keeps this list in step with application.properties.
 */
final class CommittedKeys {

    private static final Set<String> FINGERPRINTS = Set.of(
            // %dev data key dev-1
            "3fb141b772bbd79d2ddc9020c898860f863a104b7c10437a07c6f573696f5da2",
            // %test data keys test-1, test-2
            "f25eefa856c5e8f8c31516502119196788e4873d8daab51100d9823608b6e09f",
            "6394688ab0f9fa860fbf17bbb1ca4d20959bb26efe399ca6ede4bb5531c436c5",
            // %dev hash key dev-1
            "4ebd8e6a4da0313f2819580e921f6d85c4e9d9a28ad5b74d060f089b73eb48f4",
            // %test hash keys test-1, test-2
            "1c0ddc2524af043e71ee031d87618924a91179eb54f60eff6dca9bfadcf78d60",
            "179f5119cc8a24ec756f97fd894ecacfcdb245e2da38679f9e63a78e50e7e3bf");

    private CommittedKeys() {
    }

    /** Whether these key bytes are one of the committed development or test keys. */
    static boolean isCommitted(byte[] key) {
        try {
            return FINGERPRINTS.contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Stops the service when the ring holds a committed key. */
    static void refuse(KeyRing ring) {
        for (Map.Entry<String, byte[]> key : ring.keys().entrySet()) {
            if (isCommitted(key.getValue())) {
                throw new IllegalStateException(ring.setting() + ": key " + key.getKey() + " is a development or test"
                        + " key committed to the SmartDesk repository; production needs keys of its own (see README,"
                        + " \"Keys\")");
            }
        }
    }
}
