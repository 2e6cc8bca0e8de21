package tw.smartdesk.loadtests;

import java.util.List;

/**
 * What the reservation scenarios measured, or why they could not run.
 *
 * @param notRun why the scenarios did not run (no open day in the booking window, say); null when they ran
 * @param window the booking window as first read: open days, days closed and why, slots, places left
 * @param spread bookings spread over the window
 * @param hotSlots one hot slot per round: new residents, then the same residents again on another day's slot
 * @param burstFloor the same burst on the service's simplest authenticated read (books nothing), measured right after
 *     the hot slot: the floor the hot slot's latency is set against; null when not measured
 */
record ReservationResults(String notRun, String window, Spread spread, List<HotSlot> hotSlots, ScenarioResult burstFloor) {

    ReservationResults(String notRun, String window, Spread spread, List<HotSlot> hotSlots) {
        this(notRun, window, spread, hotSlots, null);
    }

    static ReservationResults notRun(String why) {
        return new ReservationResults(why, "", null, List.of());
    }

    /**
     * Bookings spread over the window's slots.
     *
     * @param result the measured window (409 slot-full as refusals, not errors)
     * @param rate bookings per second it ran at
     * @param offeredRate the rate asked for; the load ran lower when that would have filled too much of the window
     * @param placesBefore places left in the window (every APPLY slot) before the scenario, by the slots endpoint
     * @param placesAfter the same after it
     * @param booked 201 answers of the scenario, warm-up included
     */
    record Spread(ScenarioResult result, double rate, double offeredRate, int placesBefore, int placesAfter, long booked) {

        int placesTaken() {
            return placesBefore - placesAfter;
        }

        /** No errors, and the slots endpoint shows as many places taken as the scenario was answered 201. */
        boolean consistent() {
            return result.errorCount() == 0 && placesTaken() == booked;
        }
    }

    /**
     * A round of booking attempts on one slot, all at once.
     *
     * @param result the answers: 201 as ok, 409 slot-full as refusals, everything else as errors
     * @param slotStart the slot
     * @param places k, the places the slots endpoint listed as left in it just before
     * @param attempts the attempts, one resident each
     * @param mostInFlight the most attempts awaiting their answer at one time
     * @param remainingAfter the places the slots endpoint lists as left after the round (-1 if it no longer lists the slot)
     */
    record HotSlot(ScenarioResult result, String slotStart, int places, int attempts, int mostInFlight, int remainingAfter) {

        long slotFull() {
            return result.refusals(BookingRequests.SLOT_FULL);
        }

        /** Exactly k (at least one) booked, every other attempt answered 409 slot-full, and no place left in the slot. */
        boolean exactlyK() {
            return places > 0 && result.ok() == places && slotFull() == attempts - places && result.errorCount() == 0 && remainingAfter == 0;
        }
    }
}
