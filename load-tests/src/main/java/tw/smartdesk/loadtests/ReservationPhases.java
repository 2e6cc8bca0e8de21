package tw.smartdesk.loadtests;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The reservation scenarios (issue 9), against reservation-service: the booking window is read from the slots
 * endpoint, one slot on each of two days is set aside as a hot slot, residents book the other slots at a steady rate
 * (spread), then each hot slot takes every attempt at once: first by residents new to SmartDesk (each booking also
 * registers its person with application-service), then by the same residents, known by then, on the second day's slot.
 */
final class ReservationPhases {

    /** Days ahead that can be booked (reservation-service's {@code max-days-ahead}); from 1 ({@code min-days-ahead}). */
    static final int BOOKING_WINDOW_DAYS = 7;
    /** The spread may fill at most this share of the places it books from, so that slots never simply run out. */
    static final double MOST_FILLED = 2.0 / 3;
    static final String SPREAD = "reservation bookings spread";
    static final List<String> HOT_SLOT_ROUNDS = List.of("reservation hot slot, new residents", "reservation hot slot, the same residents again");
    /** The same burst on the service's simplest authenticated read: what 1,000 requests at once cost here at all. */
    static final String BURST_FLOOR = "the same burst on GET /sites/{id} (floor)";

    private final BenchmarkOptions options;
    private final HttpLoad http;
    private final MachineSampler sampler;
    private final BenchTokens tokens;
    private final BookingRequests requests;
    private final Consumer<String> say;

    ReservationPhases(BenchmarkOptions options, HttpLoad http, MachineSampler sampler, BenchTokens tokens, BookingRequests requests,
            Consumer<String> say) {
        this.options = options;
        this.http = http;
        this.sampler = sampler;
        this.tokens = tokens;
        this.requests = requests;
        this.say = say;
    }

    /**
     * Both scenarios; {@code awaitDrained} lets the stack deliver the spread's events before the hot slot. A failure
     * (an answer the scenarios cannot go on without) is reported as the reason they did not run, and the figures of
     * the scenarios before them are kept.
     */
    ReservationResults run(Runnable awaitDrained) {
        try {
            return measure(awaitDrained);
        } catch (BenchmarkException e) {
            say.accept("Reservations: failed: " + e.getMessage());
            return ReservationResults.notRun("failed: " + e.getMessage());
        }
    }

    private ReservationResults measure(Runnable awaitDrained) {
        ZoneId zone = ZoneId.of(new JsonObject(http.fetch(requests.site(tokens.clerkToken()))).getString("timeZone"));
        SlotPlaces window = readWindow(zone);
        String described = String.format(Locale.ROOT, "%d open days, %d %s slots, %d places left%s", window.openDays(), window.slotCount(),
                BookingRequests.PURPOSE, window.placesLeft(), window.closedDays().isEmpty() ? "" : "; closed: " + String.join(", ", window.closedDays()));
        say.accept("Reservations, booking window (days 1 to " + BOOKING_WINDOW_DAYS + " ahead): " + described);
        if (window.placesLeft() == 0) {
            return ReservationResults.notRun("no " + BookingRequests.PURPOSE + " slot with places in the booking window: " + described);
        }
        int placesBefore = window.placesLeft();
        List<SlotPlaces.Slot> hot = window.takeFreestOnDistinctDays(HOT_SLOT_ROUNDS.size());
        ReservationResults.Spread spread = window.placesLeft() == 0 ? null : spread(window, placesBefore, zone);
        awaitDrained.run();
        HotSlotRounds rounds = hotSlots(hot);
        return new ReservationResults(null, described, spread, rounds.rounds(), rounds.floor());
    }

    private ReservationResults.Spread spread(SlotPlaces window, int placesBefore, ZoneId zone) {
        double seconds = options.reservationWarmup().plus(options.reservationSeconds()).toMillis() / 1000.0;
        double offered = options.reservationRate();
        double rate = Math.min(offered, MOST_FILLED * window.placesLeft() / seconds);
        List<String> residents = tokens.newVerifiedResidents((int) Math.ceil(rate * seconds) + 2);
        ResidentBookings scenario = new ResidentBookings(SPREAD, residents, window, requests);
        say.accept(String.format(Locale.ROOT, "%s: %.1f/s%s for %d s (+%d s warm-up) over %d slots, %d new residents", SPREAD, rate,
                rate < offered ? String.format(Locale.ROOT, " (not %.0f/s: at most %.0f%% of the %d places outside the hot slots)",
                        offered, MOST_FILLED * 100, window.placesLeft()) : "",
                options.reservationSeconds().toSeconds(), options.reservationWarmup().toSeconds(), window.slotCount(), residents.size()));
        ScenarioResult result = new OpenLoop(http, options.timeout()).run(scenario, rate, options.reservationWarmup(),
                options.reservationSeconds(), sampler.window(SPREAD));
        ReservationResults.Spread spread = new ReservationResults.Spread(result, rate, offered, placesBefore, readWindow(zone).placesLeft(),
                scenario.booked());
        say.accept("  " + LoadPhases.summary(result) + String.format(Locale.ROOT, "; %d booked in all, %d places taken", spread.booked(),
                spread.placesTaken()));
        return spread;
    }

    /** The hot slot's rounds, and the floor: the same burst on a read that books nothing. */
    private record HotSlotRounds(List<ReservationResults.HotSlot> rounds, ScenarioResult floor) {
    }

    private HotSlotRounds hotSlots(List<SlotPlaces.Slot> slots) {
        int attempts = options.hotSlotAttempts();
        List<String> residents = tokens.newVerifiedResidents(attempts);
        List<ReservationResults.HotSlot> rounds = new ArrayList<>();
        HttpCall site = requests.site(tokens.clerkToken());
        try (HttpLoad burstClient = new HttpLoad(attempts, options.timeout())) {
            HotSlotBurst burst = new HotSlotBurst(burstClient, site);
            for (int i = 0; i < slots.size(); i++) {
                rounds.add(round(burst, HOT_SLOT_ROUNDS.get(i), slots.get(i), residents));
            }
            ScenarioResult floor = burst.fire(new Scenario() {
                @Override
                public String name() {
                    return BURST_FLOOR;
                }

                @Override
                public HttpCall next() {
                    return site;
                }
            }, attempts, attempts + " at once", sampler.window(BURST_FLOOR)).result();
            say.accept(String.format(Locale.ROOT, "%s: %d at once; p50 %s ms, p99 %s ms, errors %s", BURST_FLOOR, attempts,
                    Format.ms(floor.latency().p50()), Format.ms(floor.latency().p99()), Format.errors(floor.errors())));
            return new HotSlotRounds(rounds, floor);
        }
    }

    private ReservationResults.HotSlot round(HotSlotBurst burst, String name, SlotPlaces.Slot slot, List<String> residents) {
        int places = readDay(slot.day()).remaining(slot.start()).orElse(0);
        say.accept(String.format(Locale.ROOT, "%s: %d attempts at once on %s (k = %d places)", name, residents.size(), slot.start(), places));
        ResidentBookings scenario = new ResidentBookings(name, residents,
                SlotPlaces.of(new SlotPlaces.Slot(slot.day(), slot.start(), slot.capacity(), places)), requests);
        HotSlotBurst.Fired fired = burst.fire(scenario, residents.size(), residents.size() + " at once", sampler.window(name));
        int remaining = readDay(slot.day()).remaining(slot.start()).orElse(-1);
        ReservationResults.HotSlot round = new ReservationResults.HotSlot(fired.result(), slot.start(), places, residents.size(),
                fired.mostInFlight(), remaining);
        LatencySummary latency = round.result().latency();
        say.accept(String.format(Locale.ROOT, "  %d booked, %d slot-full, errors %s, %d left; p50 %s ms, p99 %s ms (most in flight %d)",
                round.result().ok(), round.slotFull(), Format.errors(round.result().errors()), remaining, Format.ms(latency.p50()),
                Format.ms(latency.p99()), round.mostInFlight()));
        return round;
    }

    /** Every day of the booking window, as the slots endpoint lists it now. */
    private SlotPlaces readWindow(ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        List<JsonObject> days = new ArrayList<>();
        for (int ahead = 1; ahead <= BOOKING_WINDOW_DAYS; ahead++) {
            days.add(daySlots(today.plusDays(ahead)));
        }
        return SlotPlaces.of(days);
    }

    private SlotPlaces readDay(LocalDate day) {
        return SlotPlaces.of(List.of(daySlots(day)));
    }

    private JsonObject daySlots(LocalDate day) {
        return new JsonObject(http.fetch(requests.slots(day, tokens.clerkToken())));
    }
}
