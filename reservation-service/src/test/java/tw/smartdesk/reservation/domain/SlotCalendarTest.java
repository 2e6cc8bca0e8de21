package tw.smartdesk.reservation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.reservation.ReservationPurpose;

class SlotCalendarTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 12);
    private static final DayHours OFFICE = new DayHours(LocalTime.of(8, 0), LocalTime.of(17, 30));
    private static final CounterSlots COUNTER = new CounterSlots(UUID.randomUUID(), "1", 15, 2,
            Set.of(ReservationPurpose.APPLY), Set.of());

    private static SlotCalendar calendar(Map<LocalDate, Optional<DayHours>> specialDays) {
        Map<DayOfWeek, List<DayHours>> weekly = Map.of(DayOfWeek.MONDAY, List.of(OFFICE), DayOfWeek.TUESDAY, List.of(OFFICE),
                DayOfWeek.WEDNESDAY, List.of(OFFICE), DayOfWeek.THURSDAY, List.of(OFFICE), DayOfWeek.FRIDAY, List.of(OFFICE));
        return new SlotCalendar(TAIPEI, weekly, Map.of(CHRISTMAS, "Constitution Day"), specialDays);
    }

    @Test
    void anOfficeDayHasSlotsFromOpeningToClosingInTheSitesTimeZone() {
        List<Slot> slots = calendar(Map.of()).slotsOf(COUNTER, MONDAY);
        assertThat(slots).hasSize(38); // 08:00-17:30 in 15 minutes
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(slots.get(37).end()).isEqualTo(Instant.parse("2026-12-07T09:30:00Z"));
        assertThat(slots).allMatch(slot -> slot.capacity() == 2 && slot.counterId().equals(COUNTER.counterId()));
    }

    @Test
    void aSlotThatWouldRunPastClosingIsNotOffered() {
        CounterSlots longSlots = new CounterSlots(UUID.randomUUID(), "2", 40, 1, Set.of(ReservationPurpose.APPLY), Set.of());
        List<Slot> slots = calendar(Map.of()).slotsOf(longSlots, MONDAY);
        assertThat(slots).hasSize(14); // 14 x 40 min = 9h20 fits in 9h30
        assertThat(slots.get(13).end()).isEqualTo(Instant.parse("2026-12-07T09:20:00Z"));
    }

    @Test
    void holidaysAndWeekendsHaveNoSlotsAndSayWhy() {
        SlotCalendar calendar = calendar(Map.of());
        assertThat(calendar.slotsOf(COUNTER, CHRISTMAS)).isEmpty();
        assertThat(calendar.closedBecause(CHRISTMAS)).hasValue("a holiday: Constitution Day");
        assertThat(calendar.slotsOf(COUNTER, SATURDAY)).isEmpty();
        assertThat(calendar.closedBecause(SATURDAY)).hasValue("closed on Saturdays");
        assertThat(calendar.closedBecause(MONDAY)).isEmpty();
    }

    @Test
    void aSpecialDayReplacesTheWeeklyHoursAndEvenAHoliday() {
        SlotCalendar calendar = calendar(Map.of(
                SATURDAY, Optional.of(new DayHours(LocalTime.of(9, 0), LocalTime.of(12, 0))), // make-up workday
                MONDAY, Optional.empty(), // typhoon day
                CHRISTMAS, Optional.of(new DayHours(LocalTime.of(8, 0), LocalTime.of(9, 0)))));
        assertThat(calendar.slotsOf(COUNTER, SATURDAY)).hasSize(12);
        assertThat(calendar.slotsOf(COUNTER, MONDAY)).isEmpty();
        assertThat(calendar.closedBecause(MONDAY)).hasValue("closed on this special day");
        assertThat(calendar.slotsOf(COUNTER, CHRISTMAS)).hasSize(4);
    }

    @Test
    void aCounterTakesOnlyItsPurposesAndServices() {
        CounterSlots pickupOnly = new CounterSlots(UUID.randomUUID(), "4", 15, 2, Set.of(ReservationPurpose.PICKUP),
                Set.of("HR-001", "HR-002"));
        assertThat(pickupOnly.takes(ReservationPurpose.PICKUP, List.of("HR-001"))).isTrue();
        assertThat(pickupOnly.takes(ReservationPurpose.PICKUP, List.of("HR-001", "LD-001"))).isFalse();
        assertThat(pickupOnly.takes(ReservationPurpose.APPLY, List.of("HR-001"))).isFalse();
        assertThat(COUNTER.takes(ReservationPurpose.APPLY, List.of("ANY-001"))).isTrue();
    }
}
