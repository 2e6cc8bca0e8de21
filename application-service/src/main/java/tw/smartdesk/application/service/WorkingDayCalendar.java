package tw.smartdesk.application.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import tw.smartdesk.application.domain.CalendarDay;
import tw.smartdesk.application.domain.WorkingDays;

/** Due dates on the county's working-day calendar (table {@code calendar_day}), in Taiwan time. */
@ApplicationScoped
public class WorkingDayCalendar {

    public static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");

    /** The date a document is due: {@code processingDays} working days after the submission day. */
    public Uni<LocalDate> dueDate(Instant submittedAt, int processingDays) {
        LocalDate start = submittedAt.atZone(TAIWAN).toLocalDate();
        LocalDate end = start.plusDays(WorkingDays.lookAheadDays(processingDays));
        return CalendarDay.<CalendarDay>list("day between ?1 and ?2", start, end)
                .map(days -> days.stream().collect(Collectors.toMap(day -> day.day, day -> day.working)))
                .map(exceptions -> new WorkingDays(exceptions).add(start, processingDays));
    }

    /** Today in Taiwan. */
    public static LocalDate today() {
        return LocalDate.now(TAIWAN);
    }

}
