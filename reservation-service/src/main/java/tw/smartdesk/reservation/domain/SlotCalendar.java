package tw.smartdesk.reservation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site's calendar: which hours it is open on a given day, and the slots its counters offer then. A county
 * holiday closes every site; a special day replaces the weekly hours of that day at one site (closed, or other
 * hours, such as a Saturday make-up workday); otherwise the weekly hours apply. A counter's slots follow one
 * another from the opening time, each {@code slotMinutes} long; a slot that would run past closing is not offered.
 *
 * @param weekly the weekly hours, by day of week; a day without periods is closed
 * @param holidays the county's holidays (their names, by day)
 * @param specialDays this site's special days: empty hours mean closed
 */
public record SlotCalendar(ZoneId zone, Map<DayOfWeek, List<DayHours>> weekly, Map<LocalDate, String> holidays,
        Map<LocalDate, Optional<DayHours>> specialDays) {

    /** Why a day has no hours, or none. */
    public Optional<String> closedBecause(LocalDate day) {
        if (specialDays.containsKey(day)) {
            return specialDays.get(day).isPresent() ? Optional.empty() : Optional.of("closed on this special day");
        }
        if (holidays.containsKey(day)) {
            return Optional.of("a holiday: " + holidays.get(day));
        }
        if (weekly.getOrDefault(day.getDayOfWeek(), List.of()).isEmpty()) {
            return Optional.of("closed on " + day.getDayOfWeek().name().charAt(0)
                    + day.getDayOfWeek().name().substring(1).toLowerCase() + "s");
        }
        return Optional.empty();
    }

    /** The day's opening periods; none when closed. */
    public List<DayHours> hoursOn(LocalDate day) {
        if (specialDays.containsKey(day)) {
            return specialDays.get(day).map(List::of).orElse(List.of());
        }
        if (holidays.containsKey(day)) {
            return List.of();
        }
        return weekly.getOrDefault(day.getDayOfWeek(), List.of());
    }

    /** The slots of one counter on {@code day}, in order. */
    public List<Slot> slotsOf(CounterSlots counter, LocalDate day) {
        List<Slot> slots = new ArrayList<>();
        for (DayHours period : hoursOn(day)) {
            LocalTime start = period.opens();
            while (true) {
                LocalTime end = start.plusMinutes(counter.slotMinutes());
                if (end.isAfter(period.closes()) || !end.isAfter(start)) {
                    break; // past closing, or past midnight
                }
                slots.add(new Slot(counter.counterId(), at(day, start), at(day, end), counter.capacity()));
                start = end;
            }
        }
        return slots;
    }

    private java.time.Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
