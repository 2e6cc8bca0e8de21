package tw.smartdesk.reservation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import tw.smartdesk.events.reservation.ReservationPurpose;

/**
 * A site's calendar with the counters that take bookings: everything slots are derived from. The slots of a day,
 * purpose and services are worked out once per schedule (which is itself remembered for a few seconds), not once
 * per request.
 */
public record SiteSchedule(String siteId, SlotCalendar calendar, List<CounterSlots> counters,
        Map<String, List<Slot>> derived) {

    public SiteSchedule(String siteId, SlotCalendar calendar, List<CounterSlots> counters) {
        this(siteId, calendar, counters, new ConcurrentHashMap<>());
    }

    /** The slots of every counter that takes {@code purpose} and all of {@code services} on {@code day}, by start. */
    public List<Slot> slotsOn(LocalDate day, ReservationPurpose purpose, Collection<String> services) {
        return derived.computeIfAbsent(day + "|" + purpose + "|" + String.join(",", new TreeSet<>(services)),
                key -> derive(day, purpose, services));
    }

    private List<Slot> derive(LocalDate day, ReservationPurpose purpose, Collection<String> services) {
        return counters.stream().filter(counter -> counter.takes(purpose, services))
                .flatMap(counter -> calendar.slotsOf(counter, day).stream())
                .sorted(java.util.Comparator.comparing(Slot::start).thenComparing(slot -> slot.counterId().toString()))
                .toList();
    }

    /** The slots that start at {@code start}, one per counter that takes the visit. */
    public List<Slot> slotsStarting(Instant start, ReservationPurpose purpose, Collection<String> services) {
        LocalDate day = LocalDate.ofInstant(start, calendar.zone());
        return slotsOn(day, purpose, services).stream().filter(slot -> slot.start().equals(start)).toList();
    }

    public CounterSlots counter(java.util.UUID id) {
        return counters.stream().filter(counter -> counter.counterId().equals(id)).findFirst().orElse(null);
    }
}
