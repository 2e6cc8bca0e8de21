package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotPlacesTest {

    @Test
    void theWindowIsReadFromTheSlotsAnswersClosedDaysWithTheirReason() {
        SlotPlaces places = window();

        assertThat(places.slotCount()).isEqualTo(4);
        assertThat(places.openDays()).isEqualTo(2);
        assertThat(places.placesLeft()).isEqualTo(6 + 2 + 5 + 0);
        assertThat(places.closedDays()).containsExactly("2026-12-05 (weekend)");
        assertThat(places.remaining("2026-12-04T00:15:00Z")).hasValue(2);
    }

    @Test
    void theFreestSlotOfEachDayIsSetAsideAndNoLongerOffered() {
        SlotPlaces places = window();

        List<SlotPlaces.Slot> hot = places.takeFreestOnDistinctDays(2);

        assertThat(hot).extracting(SlotPlaces.Slot::start).containsExactly("2026-12-04T00:00:00Z", "2026-12-07T00:00:00Z");
        assertThat(hot).extracting(SlotPlaces.Slot::day).doesNotHaveDuplicates();
        assertThat(places.placesLeft()).isEqualTo(2);
        Set<String> picked = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            picked.add(places.randomWithPlaces().orElseThrow());
        }
        assertThat(picked).containsExactly("2026-12-04T00:15:00Z");
    }

    @Test
    void residentsPickOnlySlotsWithPlacesLeftAsTheAnswersArrive() {
        SlotPlaces places = window();

        places.booked("2026-12-04T00:15:00Z");
        places.booked("2026-12-04T00:15:00Z");
        places.full("2026-12-07T00:00:00Z");

        assertThat(places.remaining("2026-12-04T00:15:00Z")).hasValue(0);
        for (int i = 0; i < 50; i++) {
            assertThat(places.randomWithPlaces()).hasValue("2026-12-04T00:00:00Z");
        }
        places.full("2026-12-04T00:00:00Z");
        assertThat(places.randomWithPlaces()).isEmpty();
        assertThat(places.anySlot()).startsWith("2026-12-0");
    }

    private static SlotPlaces window() {
        return SlotPlaces.of(List.of(
                day("2026-12-04", null, slot("2026-12-04T00:00:00Z", 6), slot("2026-12-04T00:15:00Z", 2)),
                day("2026-12-05", "weekend"),
                day("2026-12-07", null, slot("2026-12-07T00:00:00Z", 5), slot("2026-12-07T00:15:00Z", 0))));
    }

    private static JsonObject day(String date, String closed, JsonObject... slots) {
        JsonObject day = new JsonObject().put("siteId", BookingRequests.SITE).put("date", LocalDate.parse(date).toString())
                .put("purpose", "APPLY").put("slots", new JsonArray(List.of((Object[]) slots)));
        return closed == null ? day : day.put("closed", closed);
    }

    private static JsonObject slot(String start, int remaining) {
        return new JsonObject().put("start", start).put("end", start).put("capacity", 6).put("remaining", remaining);
    }
}
