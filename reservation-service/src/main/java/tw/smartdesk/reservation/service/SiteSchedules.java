package tw.smartdesk.reservation.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.reservation.config.ReservationRules;
import tw.smartdesk.reservation.domain.CounterSlots;
import tw.smartdesk.reservation.domain.DayHours;
import tw.smartdesk.reservation.domain.SiteSchedule;
import tw.smartdesk.reservation.domain.SlotCalendar;

/**
 * Loads a site's {@link SiteSchedule} for a range of days: its time zone, weekly hours, the county's holidays and
 * its special days in the range, and its counters in service. The five reads go to PostgreSQL together on one
 * connection (pipelined), outside any transaction. An unknown site is a 404 problem (not remembered).
 */
@ApplicationScoped
public class SiteSchedules {

    private static final String SITE = "select time_zone from site where id = $1";
    private static final String WEEKLY = "select day_of_week, opens_at, closes_at from opening_hours where site_id = $1 order by opens_at";
    private static final String HOLIDAYS = "select day, name_en from holiday where day between $1 and $2";
    private static final String SPECIAL_DAYS = "select day, opens_at, closes_at from special_day where site_id = $1 and day between $2 and $3";
    private static final String COUNTERS = """
            select id, code, slot_minutes, slot_capacity, serves_apply, serves_pickup, service_codes
            from counter where site_id = $1 and active order by length(code), code
            """;

    /** A schedule loaded a moment ago, and until when it is used. */
    private record Remembered(Uni<SiteSchedule> schedule, long until) {
    }

    private final Pool pool;
    private final Duration memory;
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    SiteSchedules(Pool pool, ReservationRules rules) {
        this.pool = pool;
        this.memory = rules.scheduleMemory();
    }

    /**
     * The schedule, loaded at most once per {@code schedule-memory} (5 s) for the same site and days: every booking
     * needs it, and a crowd at one slot would otherwise read the same rows a thousand times. Admin changes on this
     * instance are seen at once ({@link #forget()}); on another, when the memory runs out.
     */
    public Uni<SiteSchedule> of(String siteId, LocalDate from, LocalDate to) {
        String key = siteId + "|" + from + "|" + to;
        long now = System.nanoTime();
        Remembered remembered = recent.get(key);
        if (remembered != null && remembered.until() - now > 0) {
            return remembered.schedule();
        }
        if (recent.size() > 1000) {
            recent.clear();
        }
        Uni<SiteSchedule> loading = load(siteId, from, to).memoize().indefinitely();
        recent.put(key, new Remembered(loading, now + memory.toNanos()));
        return loading.onFailure().invoke(() -> recent.remove(key));
    }

    /** Drops every remembered schedule: an admin changed hours, holidays, special days or counters. */
    public void forget() {
        recent.clear();
    }

    private Uni<SiteSchedule> load(String siteId, LocalDate from, LocalDate to) {
        return pool.withConnection(connection -> Uni.join().all(
                        connection.preparedQuery(SITE).execute(Tuple.of(siteId)),
                        connection.preparedQuery(WEEKLY).execute(Tuple.of(siteId)),
                        connection.preparedQuery(HOLIDAYS).execute(Tuple.of(from, to)),
                        connection.preparedQuery(SPECIAL_DAYS).execute(Tuple.of(siteId, from, to)),
                        connection.preparedQuery(COUNTERS).execute(Tuple.of(siteId)))
                .andFailFast())
                .map(answers -> build(siteId, answers));
    }

    private static SiteSchedule build(String siteId, List<RowSet<Row>> answers) {
        if (answers.get(0).size() == 0) {
            throw ProblemException.notFound("Site", siteId);
        }
        ZoneId zone = ZoneId.of(answers.get(0).iterator().next().getString("time_zone"));
        Map<DayOfWeek, List<DayHours>> weekly = new EnumMap<>(DayOfWeek.class);
        for (Row row : answers.get(1)) {
            weekly.computeIfAbsent(DayOfWeek.of(row.getInteger("day_of_week")), day -> new ArrayList<>())
                    .add(new DayHours(row.getLocalTime("opens_at"), row.getLocalTime("closes_at")));
        }
        Map<LocalDate, String> holidays = new HashMap<>();
        answers.get(2).forEach(row -> holidays.put(row.getLocalDate("day"), row.getString("name_en")));
        Map<LocalDate, Optional<DayHours>> specialDays = new HashMap<>();
        answers.get(3).forEach(row -> specialDays.put(row.getLocalDate("day"), row.getLocalTime("opens_at") == null
                ? Optional.empty() : Optional.of(new DayHours(row.getLocalTime("opens_at"), row.getLocalTime("closes_at")))));
        List<CounterSlots> counters = new ArrayList<>();
        answers.get(4).forEach(row -> counters.add(CounterSlots.of(row)));
        return new SiteSchedule(siteId, new SlotCalendar(zone, weekly, holidays, specialDays), counters);
    }
}
