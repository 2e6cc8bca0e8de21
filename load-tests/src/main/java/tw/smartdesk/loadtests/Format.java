package tw.smartdesk.loadtests;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How figures are written in the report: milliseconds, rates, ratios, shares. */
final class Format {

    private Format() {
    }

    /** Milliseconds with precision that suits their size: 0.42, 8.31, 95.2, 1234. */
    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "n/a";
        }
        if (millis < 10) {
            return String.format(Locale.ROOT, "%.2f", millis);
        }
        if (millis < 100) {
            return String.format(Locale.ROOT, "%.1f", millis);
        }
        return String.format(Locale.ROOT, "%.0f", millis);
    }

    /** A rate per second: 1234/s, 12.3/s. */
    static String rate(double perSecond) {
        return perSecond >= 100 ? String.format(Locale.ROOT, "%.0f/s", perSecond) : String.format(Locale.ROOT, "%.1f/s", perSecond);
    }

    /** {@code value} as a multiple of {@code base}: 0.083x; "n/a" without a base. */
    static String ratio(double value, double base) {
        if (!(base > 0)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.3fx", value / base);
    }

    /** A share as a percentage: 12.5%. */
    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    static String megabytes(double mb) {
        return String.format(Locale.ROOT, "%.0f MB", mb);
    }

    /** Errors by kind, "none" when there are none: "timeout 3, HTTP 500 1". */
    static String errors(Map<String, Long> errors) {
        if (errors.isEmpty()) {
            return "none";
        }
        return errors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String passFail(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }
}
