package tw.smartdesk.application.domain;

import java.util.regex.Pattern;

/**
 * The three forms of a Taiwanese personal ID number, all ten characters with a check digit last:
 * the national ID of citizens, the resident certificate (ARC/APRC) of foreign residents in the
 * format used since 2021, and the old resident certificate format that is still in circulation.
 */
public enum IdNumberKind {

    /** National ID: area letter, 1 (male) or 2 (female), seven digits, check digit (A123456789). */
    NATIONAL_ID(Pattern.compile("[A-Z][12][0-9]{8}")),

    /** Resident certificate since 2021: area letter, 8 or 9, seven digits, check digit (A800000014). */
    RESIDENT_CERTIFICATE(Pattern.compile("[A-Z][89][0-9]{8}")),

    /** Old resident certificate: area letter, A to D, seven digits, check digit (AC01234567). */
    OLD_RESIDENT_CERTIFICATE(Pattern.compile("[A-Z][A-D][0-9]{8}"));

    private final Pattern format;

    IdNumberKind(Pattern format) {
        this.format = format;
    }

    /** Whether a normalised number has this kind's shape (the check digit aside). */
    public boolean hasFormat(String normalised) {
        return format.matcher(normalised).matches();
    }
}
