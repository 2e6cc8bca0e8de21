package tw.smartdesk.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, random Taiwan national ID numbers for tests that file applications. */
public final class TestIdentities {

    /** The letter's two-digit code in the check-digit rule (I, O, W, Z are out of sequence). */
    private static final String LETTER_CODES = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    private TestIdentities() {
    }

    /** A fresh national ID with a correct check digit, e.g. {@code A123456789}. */
    public static String nationalId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char letter = (char) ('A' + random.nextInt(26));
        int[] digits = new int[8];
        digits[0] = 1 + random.nextInt(2);
        for (int i = 1; i < 8; i++) {
            digits[i] = random.nextInt(10);
        }
        int code = 10 + LETTER_CODES.indexOf(letter);
        int sum = code / 10 + (code % 10) * 9;
        for (int i = 0; i < 8; i++) {
            sum += digits[i] * (8 - i);
        }
        int check = (10 - sum % 10) % 10;
        StringBuilder id = new StringBuilder().append(letter);
        for (int digit : digits) {
            id.append(digit);
        }
        return id.append(check).toString();
    }
}
