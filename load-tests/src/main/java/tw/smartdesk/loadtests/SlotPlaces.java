package tw.smartdesk.loadtests;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Slots of the booking window with the places left in each, as {@code GET /sites/{id}/slots} listed them and as the
 * benchmark's own answers changed them since: a 201 takes a place, a 409 slot-full empties the slot. Residents pick a
 * random slot among those with places left. Thread-safe: the load generator picks while answers arrive.
 */
final class SlotPlaces {

    /** A slot: its day at the site, its start as listed (a booking's {@code slotStart}), its places and those left. */
    record Slot(LocalDate day, String start, int capacity, int remaining) {
    }

    private final Map<String, Slot> listed = new LinkedHashMap<>();
    private final Map<String, Integer> left = new HashMap<>();
    /** Starts of the slots with places left, in any order (removal swaps with the last). */
    private final List<String> open = new ArrayList<>();
    private final Map<LocalDate, String> closedDays = new LinkedHashMap<>();

    private SlotPlaces() {
    }

    /** The slots of the days listed (the slots endpoint's answers, one per day). */
    static SlotPlaces of(List<JsonObject> days) {
        SlotPlaces places = new SlotPlaces();
        for (JsonObject day : days) {
            LocalDate date = LocalDate.parse(day.getString("date"));
            JsonArray slots = day.getJsonArray("slots", new JsonArray());
            if (slots.isEmpty()) {
                places.closedDays.put(date, day.getString("closed", "no slots"));
            }
            for (Object item : slots) {
                JsonObject slot = (JsonObject) item;
                places.add(new Slot(date, slot.getString("start"), slot.getInteger("capacity"), slot.getInteger("remaining")));
            }
        }
        return places;
    }

    /** A view of one slot alone (the hot slot). */
    static SlotPlaces of(Slot slot) {
        SlotPlaces places = new SlotPlaces();
        places.add(slot);
        return places;
    }

    private void add(Slot slot) {
        listed.put(slot.start(), slot);
        left.put(slot.start(), slot.remaining());
        if (slot.remaining() > 0) {
            open.add(slot.start());
        }
    }

    synchronized int placesLeft() {
        return left.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int slotCount() {
        return listed.size();
    }

    synchronized long openDays() {
        return listed.values().stream().map(Slot::day).distinct().count();
    }

    /** The days without slots and why, e.g. "2026-12-05 (weekend)". */
    synchronized List<String> closedDays() {
        return closedDays.entrySet().stream().map(entry -> entry.getKey() + " (" + entry.getValue() + ")").toList();
    }

    /** The places left in the slot starting at {@code start}, if it is listed. */
    synchronized OptionalInt remaining(String start) {
        Integer places = left.get(start);
        return places == null ? OptionalInt.empty() : OptionalInt.of(places);
    }

    /**
     * The freest slot of each of up to {@code count} different days (the freest first, later days first among equals),
     * taken out of this view so that nothing else books them.
     */
    synchronized List<Slot> takeFreestOnDistinctDays(int count) {
        Map<LocalDate, Slot> freestOfDay = new LinkedHashMap<>();
        for (Slot slot : listed.values()) {
            Slot now = new Slot(slot.day(), slot.start(), slot.capacity(), left.get(slot.start()));
            freestOfDay.merge(slot.day(), now, (a, b) -> b.remaining() > a.remaining() ? b : a);
        }
        List<Slot> taken = freestOfDay.values().stream().filter(slot -> slot.remaining() > 0)
                .sorted(Comparator.comparingInt(Slot::remaining).reversed().thenComparing(Slot::day, Comparator.reverseOrder()))
                .limit(count).toList();
        for (Slot slot : taken) {
            listed.remove(slot.start());
            left.remove(slot.start());
            open.remove(slot.start());
        }
        return taken;
    }

    /** A random slot with places left, if any is. */
    synchronized Optional<String> randomWithPlaces() {
        return open.isEmpty() ? Optional.empty() : Optional.of(open.get(ThreadLocalRandom.current().nextInt(open.size())));
    }

    /** Any slot of the view, full or not (where a resident tries when none has places left). */
    synchronized String anySlot() {
        List<String> starts = new ArrayList<>(listed.keySet());
        return starts.get(ThreadLocalRandom.current().nextInt(starts.size()));
    }

    /** A booking of the slot was answered 201. */
    synchronized void booked(String start) {
        Integer places = left.get(start);
        if (places != null) {
            setLeft(start, Math.max(0, places - 1));
        }
    }

    /** A booking of the slot was answered 409 slot-full. */
    synchronized void full(String start) {
        if (left.containsKey(start)) {
            setLeft(start, 0);
        }
    }

    private void setLeft(String start, int places) {
        left.put(start, places);
        if (places == 0) {
            int index = open.indexOf(start);
            if (index >= 0) {
                open.set(index, open.get(open.size() - 1));
                open.remove(open.size() - 1);
            }
        }
    }
}
