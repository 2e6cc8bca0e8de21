package tw.smartdesk.loadtests;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Residents booking, each once: request {@code i} is the booking of resident {@code i} (their own token, so one per
 * person per day and three upcoming per person never stand in the way) for a random slot of {@code places} with
 * places left, or any of its slots when none has. A 409 slot-full is expected (the slot filled meanwhile) and empties
 * the slot in the view; every other refusal is an error. Counts its 201s, warm-up included, to compare with the places
 * the slots endpoint shows taken.
 */
final class ResidentBookings implements Scenario {

    private final String name;
    private final List<String> residents;
    private final SlotPlaces places;
    private final BookingRequests requests;
    private final AtomicInteger nextResident = new AtomicInteger();
    private final AtomicLong booked = new AtomicLong();

    ResidentBookings(String name, List<String> residents, SlotPlaces places, BookingRequests requests) {
        this.name = name;
        this.residents = residents;
        this.places = places;
        this.requests = requests;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public HttpCall next() {
        int resident = nextResident.getAndIncrement();
        if (resident >= residents.size()) {
            throw new BenchmarkException(name + ": more bookings than the " + residents.size() + " residents minted for it");
        }
        return requests.book(residents.get(resident), places.randomWithPlaces().orElseGet(places::anySlot));
    }

    @Override
    public void answered(HttpCall call, HttpLoad.Answer answer) {
        booked.incrementAndGet();
        places.booked((String) call.tag());
    }

    @Override
    public Optional<String> expectedRefusal(HttpCall call, HttpLoad.Answer answer) {
        if (!BookingRequests.slotFull(answer)) {
            return Optional.empty();
        }
        places.full((String) call.tag());
        return Optional.of(BookingRequests.SLOT_FULL);
    }

    /** Bookings answered 201 so far, unmeasured ones included. */
    long booked() {
        return booked.get();
    }
}
