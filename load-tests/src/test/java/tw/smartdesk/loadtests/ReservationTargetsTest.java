package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reservation targets fail on a wrong count, not only on latency. */
class ReservationTargetsTest {

    private static final String NEW_RESIDENTS = ReservationPhases.HOT_SLOT_ROUNDS.get(0);

    @Test
    void exactlyKBookedAndTheRestSlotFullPasses() {
        List<Targets.Check> checks = Targets.reservationChecks(ReportTest.reservations());

        // spread, then for each round: the count, the latency
        assertThat(checks).hasSize(5).extracting(Targets.Check::pass).containsOnly(true);
        assertThat(checks.get(1).target()).isEqualTo(NEW_RESIDENTS + ": exactly k of 1000 booked");
        assertThat(checks.get(1).goal()).isEqualTo("k = 6 booked, 994 slot-full, 0 left");
    }

    @Test
    void oneBookingTooManyFails() {
        assertThat(countCheck(ReportTest.hotSlot(NEW_RESIDENTS, 7, 993, Map.of(), 0, 150)).pass()).isFalse();
    }

    @Test
    void oneBookingTooFewFailsEvenWithTheRestSlotFull() {
        assertThat(countCheck(ReportTest.hotSlot(NEW_RESIDENTS, 5, 995, Map.of(), 0, 150)).pass()).isFalse();
    }

    @Test
    void anyOtherAnswerThanSlotFullFails() {
        Targets.Check check = countCheck(ReportTest.hotSlot(NEW_RESIDENTS, 6, 993, Map.of("HTTP 503", 1L), 0, 150));

        assertThat(check.pass()).isFalse();
        assertThat(check.measured()).contains("HTTP 503 1");
    }

    @Test
    void aPlaceStillListedAfterTheRoundFails() {
        assertThat(countCheck(ReportTest.hotSlot(NEW_RESIDENTS, 6, 994, Map.of(), 1, 150)).pass()).isFalse();
    }

    @Test
    void aSlotWithoutPlacesIsNoTest() {
        ReservationResults.HotSlot round = ReportTest.hotSlot(NEW_RESIDENTS, 0, 1000, Map.of(), 0, 150);
        ReservationResults.HotSlot noPlaces = new ReservationResults.HotSlot(round.result(), round.slotStart(), 0, 1000, 1000, 0);

        assertThat(noPlaces.exactlyK()).isFalse();
    }

    @Test
    void aP99Over200MsFailsTheLatencyTargetOnly() {
        List<Targets.Check> checks = Targets.reservationChecks(withRounds(ReportTest.hotSlot(NEW_RESIDENTS, 6, 994, Map.of(), 0, 201)));

        assertThat(checks.get(1).pass()).isTrue();
        assertThat(checks.get(2).pass()).isFalse();
        assertThat(checks.get(2).measured()).contains("p99 201 ms");
    }

    @Test
    void spreadBookingsFailWhenThePlacesTakenDifferFromThe201s() {
        ReservationResults fixture = ReportTest.reservations();
        ReservationResults.Spread spread = fixture.spread();
        ReservationResults.Spread oneMissing = new ReservationResults.Spread(spread.result(), 15, 15, 1140, 841, 300);

        assertThat(Targets.reservationChecks(new ReservationResults(null, "", oneMissing, List.of())).get(0).pass()).isFalse();
    }

    @Test
    void spreadBookingsFailOnAnyError() {
        ScenarioResult ok = ReportTest.reservations().spread().result();
        ScenarioResult withError = new ScenarioResult(ok.name(), ok.load(), ok.seconds(), ok.ok(), Map.of("HTTP 409", 1L), ok.refusals(),
                ok.latency(), ok.timeline());
        ReservationResults.Spread spread = new ReservationResults.Spread(withError, 15, 15, 1140, 840, 300);

        assertThat(Targets.reservationChecks(new ReservationResults(null, "", spread, List.of())).get(0).pass()).isFalse();
    }

    @Test
    void scenariosThatCouldNotRunFail() {
        List<Targets.Check> checks = Targets.reservationChecks(ReservationResults.notRun("no APPLY slot with places"));

        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.pass()).isFalse();
            assertThat(check.measured()).contains("no APPLY slot with places");
        });
    }

    private static Targets.Check countCheck(ReservationResults.HotSlot round) {
        return Targets.reservationChecks(withRounds(round)).get(1);
    }

    private static ReservationResults withRounds(ReservationResults.HotSlot round) {
        ReservationResults fixture = ReportTest.reservations();
        return new ReservationResults(null, fixture.window(), fixture.spread(), List.of(round));
    }
}
