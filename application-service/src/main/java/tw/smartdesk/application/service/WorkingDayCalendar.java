package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import tw.smartdesk.application.domain.CalendarDay;
import tw.smartdesk.application.domain.WorkingDays;

/**
 * Due dates on the county's working-day calendar (table {@code calendar_day}), in Taiwan time. The calendar
 * is reference data that changes only by migration (a new year's holidays), so it is read once, on the first
 * due date, and kept in memory for the life of the process.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    public static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");

    private volatile WorkingDays calendar;

    /** The date a document is due: {@code processingDays} working days after the submission day. */
    public Uni<LocalDate> dueDate(Instant submittedAt, int processingDays) {
        LocalDate start = submittedAt.atZone(TAIWAN).toLocalDate();
        return workingDays().map(days -> days.add(start, processingDays));
    }

    /**
     * The calendar itself, for callers that date several things at once. The first call reads it in a session of
     * its own (or the caller's, when one is open), so it may be called outside a transaction.
     */
    public Uni<WorkingDays> workingDays() {
        WorkingDays loaded = calendar;
        if (loaded != null) {
            return Uni.createFrom().item(loaded);
        }
        return Panache.withSession(() -> CalendarDay.<CalendarDay>listAll())
                .map(days -> days.stream().collect(Collectors.toUnmodifiableMap(day -> day.day, day -> day.working)))
                .map(WorkingDays::new)
                .invoke(days -> calendar = days);
    }

    /** Today in Taiwan. */
    public static LocalDate today() {
        return LocalDate.now(TAIWAN);
    }
}
