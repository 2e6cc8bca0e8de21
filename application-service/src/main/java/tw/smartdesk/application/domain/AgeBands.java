package tw.smartdesk.application.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * Coarse age bands for demand analysis; the birth date itself is not kept. Bands follow the
 * county's statistics: minors, young adults, then decades, with 65 (the legal start of old age)
 * as the last boundary.
 */
public final class AgeBands {

    private AgeBands() {
    }

    /** The band of someone born on {@code birthDate}, on {@code day}: 0-17, 18-29, 30-39, 40-49, 50-64 or 65+. */
    public static String of(LocalDate birthDate, LocalDate day) {
        int age = Period.between(birthDate, day).getYears();
        if (age < 18) {
            return "0-17";
        }
        if (age < 30) {
            return "18-29";
        }
        if (age < 50) {
            int decade = age / 10 * 10;
            return decade + "-" + (decade + 9);
        }
        return age < 65 ? "50-64" : "65+";
    }
}
