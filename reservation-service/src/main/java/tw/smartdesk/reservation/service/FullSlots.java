package tw.smartdesk.reservation.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import tw.smartdesk.events.reservation.ReservationPurpose;
import tw.smartdesk.reservation.config.ReservationRules;

/**
 * Slots this instance saw full a moment ago, so that a crowd after the last place (a thousand residents at one
 * popular slot) is answered 409 at once, without a database read or a call to application-service each. Only a
 * shortcut: the database still decides every booking that gets past it ({@link Places}). A place freed on this
 * instance clears the mark at once; one freed on another instance is seen when the mark runs out
 * ({@code smartdesk.reservation.full-slot-memory}, 2 s).
 */
@ApplicationScoped
public class FullSlots {

    /** Marks kept at most; beyond it the ones run out are dropped first. */
    static final int MAX_MARKS = 10_000;

    private final Map<String, Long> fullUntil = new ConcurrentHashMap<>();
    private final Duration memory;

    FullSlots(ReservationRules rules) {
        this.memory = rules.fullSlotMemory();
    }

    public boolean isFull(String siteId, ReservationPurpose purpose, Instant start, Collection<String> services) {
        Long until = fullUntil.get(key(siteId, purpose, start, services));
        return until != null && until - System.nanoTime() > 0;
    }

    public void markFull(String siteId, ReservationPurpose purpose, Instant start, Collection<String> services) {
        if (fullUntil.size() >= MAX_MARKS) {
            long now = System.nanoTime();
            fullUntil.values().removeIf(until -> until - now <= 0);
        }
        fullUntil.put(key(siteId, purpose, start, services), System.nanoTime() + memory.toNanos());
    }

    /** A place of the slot freed here: every mark of that slot goes, whatever services it was for. */
    public void placeFreed(String siteId, ReservationPurpose purpose, Instant start) {
        String prefix = siteId + "|" + purpose + "|" + start + "|";
        fullUntil.keySet().removeIf(key -> key.startsWith(prefix));
    }

    private static String key(String siteId, ReservationPurpose purpose, Instant start, Collection<String> services) {
        return siteId + "|" + purpose + "|" + start + "|" + String.join(",", new TreeSet<>(services));
    }
}
