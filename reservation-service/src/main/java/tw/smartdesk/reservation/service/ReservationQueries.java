package tw.smartdesk.reservation.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tw.smartdesk.events.reservation.ReservationPurpose;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.reservation.api.CalendarFile;
import tw.smartdesk.reservation.api.CurrentUser;
import tw.smartdesk.reservation.api.DaySlotsView;
import tw.smartdesk.reservation.api.MyReservationsView;
import tw.smartdesk.reservation.api.ReservationView;
import tw.smartdesk.reservation.api.SlotView;
import tw.smartdesk.reservation.api.SuspensionView;
import tw.smartdesk.reservation.api.WaitlistEntryView;
import tw.smartdesk.reservation.config.ReservationRules;
import tw.smartdesk.reservation.domain.BookingWindow;
import tw.smartdesk.reservation.domain.Reservation;
import tw.smartdesk.reservation.domain.SiteSchedule;
import tw.smartdesk.reservation.domain.Slot;
import tw.smartdesk.reservation.domain.WaitlistEntry;
import tw.smartdesk.reservation.persons.PersonDirectory;

/** Reads: a site's slots with places left, one reservation, a resident's own, staff's search by phone and day view. */
@ApplicationScoped
public class ReservationQueries {

    /** The most reservations one answer lists. */
    static final int LIMIT = 100;

    private static final String OF_APPLICANT = "select " + Reservation.COLUMNS
            + " from reservation where applicant_ref = $1 order by slot_start desc limit " + LIMIT;
    private static final String WAITLIST_OF_APPLICANT = "select " + WaitlistEntry.COLUMNS
            + " from waitlist_entry where applicant_ref = $1 and status in ('WAITING', 'OFFERED') and slot_start > now()"
            + " order by slot_start";
    private static final String BY_PHONE = "select " + Reservation.COLUMNS
            + " from reservation where caller_phone = $1 order by slot_start desc limit " + LIMIT;
    private static final String COUNTER_DAY = "select " + Reservation.COLUMNS + """
             from reservation where counter_id = $1 and slot_day = $2
            and status in ('OFFERED', 'BOOKED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW') order by slot_start, created_at
            """;
    private static final String PLACE = "select name_zh, name_en, address_zh, address_en, phone from site where id = $1";
    private static final String COUNTER_OF_SITE = "select 1 from counter where id = $1 and site_id = $2";

    private final Pool pool;
    private final SiteSchedules schedules;
    private final PersonDirectory persons;
    private final PersonChecks checks;
    private final ReservationRules rules;

    ReservationQueries(Pool pool, SiteSchedules schedules, PersonDirectory persons, PersonChecks checks,
            ReservationRules rules) {
        this.pool = pool;
        this.schedules = schedules;
        this.persons = persons;
        this.checks = checks;
        this.rules = rules;
    }

    /** The site's slots for the purpose and service on {@code date}, with the places left in each. */
    public Uni<DaySlotsView> slots(String siteId, LocalDate date, ReservationPurpose purpose, String service) {
        List<String> services = service == null ? List.of() : List.of(service);
        return schedules.of(siteId, date, date).chain(schedule -> {
            ZoneId zone = schedule.calendar().zone();
            new BookingWindow(rules.minDaysAhead(), rules.maxDaysAhead()).refusal(date, Instant.now(), zone).ifPresent(why -> {
                throw ProblemException.ruleBroken("outside-booking-window", "Outside the booking window", why);
            });
            String closed = schedule.calendar().closedBecause(date).orElse(null);
            List<Slot> slots = schedule.slotsOn(date, purpose, services);
            if (slots.isEmpty()) {
                return Uni.createFrom().item(new DaySlotsView(siteId, date, purpose, service, closed, List.of()));
            }
            return taken(schedule, date).map(taken -> new DaySlotsView(siteId, date, purpose, service, closed,
                    merge(slots, taken)));
        });
    }

    private Uni<Map<String, Integer>> taken(SiteSchedule schedule, LocalDate date) {
        ZoneId zone = schedule.calendar().zone();
        UUID[] counters = schedule.counters().stream().map(c -> c.counterId()).toArray(UUID[]::new);
        return pool.preparedQuery(Places.TAKEN_ON_DAY).execute(Tuple.of(counters,
                        Sql.at(date.atStartOfDay(zone).toInstant()), Sql.at(date.plusDays(1).atStartOfDay(zone).toInstant())))
                .map(rows -> {
                    Map<String, Integer> taken = new HashMap<>();
                    for (Row row : rows) {
                        taken.put(row.getUUID("counter_id") + "@" + row.getOffsetDateTime("slot_start").toInstant(),
                                row.getInteger("taken"));
                    }
                    return taken;
                });
    }

    /** Every counter's slot at the same time as one slot of the site: places added up. */
    private static List<SlotView> merge(List<Slot> slots, Map<String, Integer> taken) {
        Map<Instant, int[]> byStart = new LinkedHashMap<>();
        Map<Instant, Instant> ends = new HashMap<>();
        for (Slot slot : slots) {
            int[] places = byStart.computeIfAbsent(slot.start(), start -> new int[2]);
            places[0] += slot.capacity();
            places[1] += Math.max(0, slot.capacity() - taken.getOrDefault(slot.counterId() + "@" + slot.start(), 0));
            ends.merge(slot.start(), slot.end(), (a, b) -> a.isBefore(b) ? a : b);
        }
        List<SlotView> views = new ArrayList<>();
        byStart.forEach((start, places) -> views.add(new SlotView(start, ends.get(start), places[0], places[1])));
        return views;
    }

    /** One reservation: the owner's or, for staff, any; another resident's is a 404. */
    public Uni<ReservationView> get(CurrentUser user, UUID id) {
        return visible(user, id).map(reservation -> ReservationView.of(reservation, user.isStaff()));
    }

    /** The reservation itself, when the user may see it. */
    public Uni<Reservation> visible(CurrentUser user, UUID id) {
        Uni<String> owner = user.isCitizen() ? persons.citizen(user) : Uni.createFrom().nullItem();
        return owner.chain(ref -> pool.preparedQuery(ReservationRows.BY_ID).execute(Tuple.of(id)).map(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.notFound("Reservation", id);
            }
            Reservation reservation = Reservation.of(rows.iterator().next());
            if (ref != null && !ref.equals(reservation.applicantRef())) {
                throw ProblemException.notFound("Reservation", id);
            }
            return reservation;
        }));
    }

    /** The reservation as a calendar file, for its owner or staff. */
    public Uni<String> calendarFile(CurrentUser user, UUID id) {
        return visible(user, id).chain(reservation -> pool.preparedQuery(PLACE).execute(Tuple.of(reservation.siteId()))
                .map(rows -> {
                    Row site = rows.iterator().next();
                    return CalendarFile.of(reservation, new CalendarFile.Place(site.getString("name_zh"),
                            site.getString("name_en"), site.getString("address_zh"), site.getString("address_en"),
                            site.getString("phone")), Instant.now());
                }));
    }

    public Uni<MyReservationsView> mine(CurrentUser user) {
        return persons.citizen(user).chain(ref -> Uni.combine().all().unis(
                        pool.preparedQuery(OF_APPLICANT).execute(Tuple.of(ref)),
                        pool.preparedQuery(WAITLIST_OF_APPLICANT).execute(Tuple.of(ref)),
                        suspension(ref))
                .with((reservations, waitlist, suspension) -> {
                    List<ReservationView> views = new ArrayList<>();
                    reservations.forEach(row -> views.add(ReservationView.of(Reservation.of(row), false)));
                    List<WaitlistEntryView> places = new ArrayList<>();
                    waitlist.forEach(row -> places.add(WaitlistEntryView.of(WaitlistEntry.of(row))));
                    return new MyReservationsView(views, places, suspension);
                }));
    }

    /** Whether the person may book remotely, with the missed slots counted against them. */
    public Uni<SuspensionView> suspension(String applicantRef) {
        String rule = rules.noShowLimit() + " missed reservations within " + rules.noShowWindow()
                + " suspend booking online and by phone for " + rules.suspension();
        return checks.suspendedUntil(applicantRef, PersonChecks.SITE_ZONE).chain(until -> until.isEmpty()
                ? Uni.createFrom().item(new SuspensionView(false, null, null, rule))
                : checks.noShowsCounted(applicantRef, PersonChecks.SITE_ZONE)
                        .map(noShows -> new SuspensionView(true, until.get(), noShows, rule)));
    }

    public Uni<List<ReservationView>> byPhone(String phone) {
        return pool.preparedQuery(BY_PHONE).execute(Tuple.of(phone)).map(rows -> {
            List<ReservationView> views = new ArrayList<>();
            rows.forEach(row -> views.add(ReservationView.of(Reservation.of(row), true)));
            return views;
        });
    }

    /** A counter's reservations on one day, by slot: the clerk's list. */
    public Uni<List<ReservationView>> counterDay(String siteId, UUID counterId, LocalDate date) {
        return pool.preparedQuery(COUNTER_OF_SITE).execute(Tuple.of(counterId, siteId)).chain(found -> {
            if (found.size() == 0) {
                throw ProblemException.notFound("Counter", counterId);
            }
            return pool.preparedQuery(COUNTER_DAY).execute(Tuple.of(counterId, date));
        }).map(rows -> {
            List<ReservationView> views = new ArrayList<>();
            rows.forEach(row -> views.add(ReservationView.of(Reservation.of(row), true)));
            return views;
        });
    }
}
