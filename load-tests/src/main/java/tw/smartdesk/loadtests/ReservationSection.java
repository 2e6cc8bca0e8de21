package tw.smartdesk.loadtests;

import java.util.Locale;

/** The report's part about the reservation scenarios: what each booked and refused, latencies, and how it was done. */
final class ReservationSection {

    private ReservationSection() {
    }

    static String render(ReservationResults reservations) {
        StringBuilder md = new StringBuilder("## Reservations (reservation-service)\n\n");
        if (reservations == null || reservations.notRun() != null) {
            return md.append("Not run").append(reservations == null ? "" : ": " + reservations.notRun()).append(".\n").toString();
        }
        md.append(String.format(Locale.ROOT, "Booking window (days 1 to %d ahead, %s for %s at %s): %s.%n%n", ReservationPhases.BOOKING_WINDOW_DAYS,
                BookingRequests.PURPOSE, BookingRequests.SERVICE, BookingRequests.SITE, reservations.window()));
        Table table = new Table("scenario", "load", "attempts", "201 booked", "409 slot-full", "errors", "p50", "p90", "p99", "max (ms)",
                "places");
        ReservationResults.Spread spread = reservations.spread();
        if (spread != null) {
            ScenarioResult result = spread.result();
            row(table, result, result.load() + (spread.rate() < spread.offeredRate()
                    ? String.format(Locale.ROOT, " (lowered from %.1f/s)", spread.offeredRate()) : ""), String.format(Locale.ROOT,
                    "%d taken of %d left (%d booked in all, warm-up included)", spread.placesTaken(), spread.placesBefore(), spread.booked()));
        }
        for (ReservationResults.HotSlot round : reservations.hotSlots()) {
            row(table, round.result(), round.result().load() + " (most in flight " + round.mostInFlight() + ")",
                    String.format(Locale.ROOT, "k = %d at %s; %d left after", round.places(), round.slotStart(), round.remainingAfter()));
        }
        ScenarioResult floor = reservations.burstFloor();
        if (floor != null) {
            row(table, floor, floor.load() + " (books nothing)", "");
        }
        md.append(table.render()).append('\n');
        return md.append(String.format(Locale.ROOT, """
                - Every booking is a resident of its own: a citizen token with a random verified identity claim \
                (`%s`), so one reservation per person per day and three upcoming never refuse it, and reservation-service \
                asks application-service who the person is (registering them) on their first booking.
                - Spread: the open model; each resident books a random slot the generator believes has places (the slots \
                endpoint's figures, less its own 201s; a 409 slot-full empties the slot). A 409 slot-full is an outcome, not \
                an error, and not in ok/s; every other refusal is an error. Places taken = the places left before less after, \
                as the slots endpoint lists them.
                - Hot slot: the freest slot of two days, set aside before the spread; k = its places left, read just before. \
                A connection per attempt is opened beforehand (a `GET /sites/%s` each); then every attempt is handed to the \
                client at once, and latency counts from that moment. The second round is the same residents on the other \
                day's slot: reservation-service knows their person by then and does not call application-service.
                - Floor: the same burst, on the same connections, of `GET /sites/%s` (the service's simplest authenticated \
                read; it books nothing): what a thousand requests at once cost on this machine before any booking logic. The \
                hot slot's p99 is set against it in the targets.
                """, BenchTokens.VERIFIED_ID_CLAIM, BookingRequests.SITE, BookingRequests.SITE)).toString();
    }

    private static void row(Table table, ScenarioResult result, String load, String places) {
        LatencySummary latency = result.latency();
        table.row(result.name(), load, String.valueOf(latency.count()), String.valueOf(result.ok()),
                String.valueOf(result.refusals(BookingRequests.SLOT_FULL)), Format.errors(result.errors()), Format.ms(latency.p50()),
                Format.ms(latency.p90()), Format.ms(latency.p99()), Format.ms(latency.max()), places);
    }
}
