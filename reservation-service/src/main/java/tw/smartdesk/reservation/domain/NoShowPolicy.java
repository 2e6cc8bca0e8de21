package tw.smartdesk.reservation.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The no-show rule: {@code limit} no-shows within {@code window} suspend remote booking (web, app and phone)
 * for {@code suspension}, counted from the no-show that reached the limit. A clerk's lift forgives every no-show
 * before it. Months are counted on the site's calendar.
 */
public record NoShowPolicy(int limit, Period window, Period suspension, ZoneId zone) {

    /**
     * Until when remote booking is suspended at {@code now}; empty when it is not.
     *
     * @param noShows the slot starts of the person's no-shows, in any order
     * @param liftedAt the person's latest lift, or null
     */
    public Optional<Instant> suspendedUntil(List<Instant> noShows, Instant liftedAt, Instant now) {
        List<Instant> counted = noShows.stream()
                .filter(noShow -> liftedAt == null || noShow.isAfter(liftedAt))
                .sorted().toList();
        Instant until = null;
        for (int reached = limit - 1; reached < counted.size(); reached++) {
            Instant last = counted.get(reached);
            Instant first = counted.get(reached - limit + 1);
            if (first.isAfter(last.atZone(zone).minus(window).toInstant())) {
                Instant end = last.atZone(zone).plus(suspension).toInstant();
                until = until == null || end.isAfter(until) ? end : until;
            }
        }
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
