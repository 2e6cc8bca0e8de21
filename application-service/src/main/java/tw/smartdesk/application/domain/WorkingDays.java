package tw.smartdesk.application.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working-day arithmetic on the county calendar: Monday to Friday work, weekends do not, and the
 * calendar's exceptions (holidays, make-up workdays) override both.
 */
public final class WorkingDays {

    private final Map<LocalDate, Boolean> exceptions;

    /** @param exceptions day → whether it is a working day, overriding the weekday rule */
    public WorkingDays(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The day {@code days} working days after {@code start} (the start day itself never counts);
     * with 0 days, the first working day on or after {@code start}.
     */
    public LocalDate add(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = start;
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
