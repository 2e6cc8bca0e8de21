package tw.smartdesk.application.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The pseudonymous {@code applicantRef}: random, so it reveals nothing about the person and cannot
 * be recomputed from an ID number; events can be joined per person but not traced back.
 */
public final class ApplicantRefs {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("APL-[0-9a-f]{24}");

    private ApplicantRefs() {
    }

    /** A fresh reference such as {@code APL-3f9a0c1b2d4e5f60718293a4}. */
    public static String next() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "APL-" + HexFormat.of().formatHex(bytes);
    }

    public static boolean isWellFormed(String ref) {
        return ref != null && FORMAT.matcher(ref).matches();
    }
}
