package tw.smartdesk.application.keys;

import org.eclipse.microprofile.config.ConfigProvider;

/** {@link ApplicantCrypto} under chosen rings, for tests that write data as an older ring had written it. */
public final class TestRings {

    private TestRings() {
    }

    /** A crypto under these rings ({@code <keyId>:<secret>[,...]}), as in dev and test: committed keys allowed. */
    public static ApplicantCrypto of(String dataKeys, String hashKeys) {
        return new ApplicantCrypto(dataKeys, hashKeys, false);
    }

    /** The running test application's data key ring. */
    public static String dataKeys() {
        return ConfigProvider.getConfig().getValue("smartdesk.application.data-keys", String.class);
    }

    /** The running test application's hash key ring. */
    public static String hashKeys() {
        return ConfigProvider.getConfig().getValue("smartdesk.application.id-hash-keys", String.class);
    }

    /** One entry of a ring, {@code <keyId>:<secret>}, by position (0: the current key). */
    public static String entry(String ring, int position) {
        return ring.split(",")[position].strip();
    }
}
