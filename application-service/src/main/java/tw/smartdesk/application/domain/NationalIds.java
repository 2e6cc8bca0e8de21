package tw.smartdesk.application.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Validation of Taiwanese national IDs and resident certificate numbers (format and check digit).
 *
 * <p>The check digit: the first letter becomes a two-digit area number (A=10 ... H=17, I=34, J=18 ...
 * N=22, O=35, P=23 ... V=29, W=32, X=30, Y=31, Z=33); its tens digit weighs 1 and its units digit 9.
 * The second character weighs 8 (an old-format resident certificate's letter A to D counts as the
 * last digit of its own area number, 0 to 3), the next seven digits 7 down to 1, the check digit 1;
 * the weighted sum is a multiple of ten.
 */
public final class NationalIds {

    /** Area numbers of A to Z; I, O, W and Z break the alphabetical run (added to the list later). */
    private static final int[] AREA_NUMBERS = {10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24,
        25, 26, 27, 28, 29, 32, 30, 31, 33};
    static final int LENGTH = 10;

    private NationalIds() {
    }

    /** Trimmed and upper-cased; null stays null. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** The kind of a valid number (format and check digit), or empty if it is not one. */
    public static Optional<IdNumberKind> kindOf(String raw) {
        String id = normalise(raw);
        if (id == null) {
            return Optional.empty();
        }
        return Arrays.stream(IdNumberKind.values())
                .filter(kind -> kind.hasFormat(id))
                .findFirst()
                .filter(kind -> checkDigitHolds(id));
    }

    public static boolean isValid(String raw) {
        return kindOf(raw).isPresent();
    }

    /** What is wrong with a number, for a 400 violation; empty when it is valid. */
    public static Optional<String> problem(String raw) {
        String id = normalise(raw);
        if (id == null || id.isEmpty()) {
            return Optional.of("required");
        }
        boolean shaped = Arrays.stream(IdNumberKind.values()).anyMatch(kind -> kind.hasFormat(id));
        if (!shaped) {
            return Optional.of("must be a national ID (A123456789) or a resident certificate number (A800000014, AC01234567)");
        }
        return checkDigitHolds(id) ? Optional.empty() : Optional.of("check digit does not match");
    }

    /** The check digit rule on a number already known to have one of the three formats. */
    static boolean checkDigitHolds(String id) {
        int area = areaNumber(id.charAt(0));
        int sum = area / 10 + (area % 10) * 9;
        char second = id.charAt(1);
        int secondValue = Character.isLetter(second) ? areaNumber(second) % 10 : second - '0';
        sum += secondValue * 8;
        for (int position = 2; position < LENGTH - 1; position++) {
            sum += (id.charAt(position) - '0') * (9 - position);
        }
        sum += id.charAt(LENGTH - 1) - '0';
        return sum % 10 == 0;
    }

    private static int areaNumber(char letter) {
        return AREA_NUMBERS[letter - 'A'];
    }
}
