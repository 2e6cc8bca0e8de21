package tw.smartdesk.reservation.domain;

import io.vertx.mutiny.sqlclient.Row;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import tw.smartdesk.events.reservation.ReservationPurpose;

/**
 * What a counter offers for booking: its slot length and places per slot, the purposes it serves and the
 * catalogue's services it takes (none listed: every service).
 */
public record CounterSlots(UUID counterId, String code, int slotMinutes, int capacity, Set<ReservationPurpose> purposes,
        Set<String> serviceCodes) {

    /** Whether a visit for {@code purpose} and every one of {@code services} can be booked here. */
    public boolean takes(ReservationPurpose purpose, Iterable<String> services) {
        if (!purposes.contains(purpose)) {
            return false;
        }
        if (serviceCodes.isEmpty()) {
            return true;
        }
        for (String service : services) {
            if (!serviceCodes.contains(service)) {
                return false;
            }
        }
        return true;
    }

    /** A counter row as its slots' settings. */
    public static CounterSlots of(Row row) {
        EnumSet<ReservationPurpose> purposes = EnumSet.noneOf(ReservationPurpose.class);
        if (row.getBoolean("serves_apply")) {
            purposes.add(ReservationPurpose.APPLY);
        }
        if (row.getBoolean("serves_pickup")) {
            purposes.add(ReservationPurpose.PICKUP);
        }
        return new CounterSlots(row.getUUID("id"), row.getString("code"), row.getInteger("slot_minutes"),
                row.getInteger("slot_capacity"), purposes, new LinkedHashSet<>(Arrays.asList(row.getArrayOfStrings("service_codes"))));
    }
}
