package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Spread bookings in an open loop against a stand-in that keeps each slot's places: residents go to slots with
 * places, a 409 slot-full is counted apart from errors, and the 201s counted match the places the stand-in gave.
 */
class ResidentBookingsTest {

    @Test
    void theBookingsAnsweredMatchThePlacesTakenAndSlotFullIsNoError() throws IOException {
        Map<String, Integer> placesLeft = new ConcurrentHashMap<>(Map.of("2026-12-04T00:00:00Z", 2, "2026-12-04T00:15:00Z", 3));
        // the stand-in has one place fewer in the first slot than the generator was told: one 409 slot-full at least
        SlotPlaces window = SlotPlaces.of(List.of(new JsonObject().put("date", "2026-12-04").put("slots", new JsonArray()
                .add(new JsonObject().put("start", "2026-12-04T00:00:00Z").put("capacity", 6).put("remaining", 3))
                .add(new JsonObject().put("start", "2026-12-04T00:15:00Z").put("capacity", 6).put("remaining", 3)))));
        try (BookingStandIn standIn = new BookingStandIn(0, (order, slot) -> placesLeft.computeIfPresent(slot, (s, left) -> left - 1) >= 0
                ? BookingStandIn.Reply.booked() : BookingStandIn.Reply.problem("slot-full"));
                HttpLoad http = new HttpLoad(4, Duration.ofSeconds(5))) {
            ResidentBookings bookings = new ResidentBookings("spread", Collections.nCopies(40, "resident-token"), window,
                    new BookingRequests(standIn.port(), false));

            ScenarioResult result = new OpenLoop(http, Duration.ofSeconds(5)).run(bookings, 40, Duration.ZERO, Duration.ofMillis(500),
                    MeasureWindow.NONE);

            assertThat(result.errors()).isEmpty();
            assertThat(result.ok()).isEqualTo(5).isEqualTo(bookings.booked());
            assertThat(result.refusals(BookingRequests.SLOT_FULL)).isEqualTo(result.latency().count() - 5).isPositive();
            assertThat(window.placesLeft()).isZero();
        }
    }
}
