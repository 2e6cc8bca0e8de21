package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Bursts against a stand-in for the hot slot that answers no booking before every attempt has arrived: all attempts
 * are in flight together, and each answer is counted as what it is.
 */
class HotSlotBurstTest {

    private static final int ATTEMPTS = 40;
    private static final int PLACES = 3;
    private static final String SLOT = "2026-12-09T01:00:00Z";

    @Test
    void everyAttemptIsInFlightAtOnceAndExactlyKAreBooked() throws IOException {
        try (BookingStandIn standIn = new BookingStandIn(ATTEMPTS, (order, slot) -> order < PLACES ? BookingStandIn.Reply.booked()
                : BookingStandIn.Reply.problem("slot-full"))) {
            ReservationResults.HotSlot round = fire(standIn);

            assertThat(standIn.mostHeld()).as("attempts the server held at one time").isEqualTo(ATTEMPTS);
            assertThat(round.mostInFlight()).isEqualTo(ATTEMPTS);
            assertThat(round.result().ok()).isEqualTo(PLACES);
            assertThat(round.slotFull()).isEqualTo(ATTEMPTS - PLACES);
            assertThat(round.result().errors()).isEmpty();
            assertThat(round.result().latency().count()).isEqualTo(ATTEMPTS);
            assertThat(round.exactlyK()).isTrue();
        }
    }

    @Test
    void aServerThatOversellsTheSlotFailsTheCount() throws IOException {
        try (BookingStandIn standIn = new BookingStandIn(ATTEMPTS, (order, slot) -> order <= PLACES ? BookingStandIn.Reply.booked()
                : BookingStandIn.Reply.problem("slot-full"))) {
            ReservationResults.HotSlot round = fire(standIn);

            assertThat(round.result().ok()).isEqualTo(PLACES + 1);
            assertThat(round.exactlyK()).isFalse();
        }
    }

    @Test
    void anotherRefusalThanSlotFullIsAnError() throws IOException {
        try (BookingStandIn standIn = new BookingStandIn(ATTEMPTS, (order, slot) -> order < PLACES ? BookingStandIn.Reply.booked()
                : BookingStandIn.Reply.problem(order == PLACES ? "one-reservation-per-day" : "slot-full"))) {
            ReservationResults.HotSlot round = fire(standIn);

            assertThat(round.result().errors()).containsEntry("HTTP 409", 1L);
            assertThat(round.slotFull()).isEqualTo(ATTEMPTS - PLACES - 1);
            assertThat(round.exactlyK()).isFalse();
        }
    }

    private static ReservationResults.HotSlot fire(BookingStandIn standIn) {
        BookingRequests requests = new BookingRequests(standIn.port(), true);
        SlotPlaces slot = SlotPlaces.of(new SlotPlaces.Slot(LocalDate.of(2026, 12, 9), SLOT, 6, PLACES));
        ResidentBookings residents = new ResidentBookings("hot slot", Collections.nCopies(ATTEMPTS, "resident-token"), slot, requests);
        try (HttpLoad http = new HttpLoad(ATTEMPTS, Duration.ofSeconds(20))) {
            HotSlotBurst.Fired fired = new HotSlotBurst(http, requests.site("clerk-token"))
                    .fire(residents, ATTEMPTS, ATTEMPTS + " at once", MeasureWindow.NONE);
            return new ReservationResults.HotSlot(fired.result(), SLOT, PLACES, ATTEMPTS, fired.mostInFlight(), 0);
        }
    }
}
