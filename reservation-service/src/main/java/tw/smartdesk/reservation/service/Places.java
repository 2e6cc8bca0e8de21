package tw.smartdesk.reservation.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.reservation.domain.Slot;

/**
 * The places of counters' slots ({@code slot_load}). Taking one is a single statement that refuses to go over the
 * slot's capacity: the first booking of a slot inserts its row, later ones increment it only while places are
 * left, and the row lock makes concurrent bookings of one slot queue for it. However many parallel requests arrive,
 * no slot ever holds more reservations than places.
 */
final class Places {

    static final String TAKE = """
            insert into slot_load (counter_id, slot_start, capacity, taken) values ($1, $2, $3, 1)
            on conflict (counter_id, slot_start) do update
                set taken = slot_load.taken + 1, capacity = excluded.capacity
                where slot_load.taken < excluded.capacity
            returning taken
            """;
    static final String FREE = "update slot_load set taken = taken - 1 where counter_id = $1 and slot_start = $2 and taken > 0";
    static final String TAKEN = "select counter_id, taken from slot_load where counter_id = any($1) and slot_start = $2";
    static final String TAKEN_ON_DAY = "select counter_id, slot_start, taken from slot_load where counter_id = any($1) and slot_start >= $2 and slot_start < $3";

    private Places() {
    }

    /**
     * Takes a place in the first of {@code candidates}, in the order of their counters' ids, that has one; completes
     * with that slot, or null when all are full. One order for every write that takes places: two of them never hold
     * each other's rows (a deadlock).
     */
    static Uni<Slot> takeFirstFree(SqlConnection connection, List<Slot> candidates) {
        return takeInOrder(connection, candidates.stream().sorted(Comparator.comparing(slot -> slot.counterId().toString())).toList());
    }

    private static Uni<Slot> takeInOrder(SqlConnection connection, List<Slot> candidates) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        Slot slot = candidates.get(0);
        return Sql.run(connection, TAKE, slot.counterId(), slot.start(), slot.capacity())
                .chain(taken -> taken.isEmpty() ? takeInOrder(connection, candidates.subList(1, candidates.size()))
                        : Uni.createFrom().item(slot));
    }

    static Uni<Void> free(SqlConnection connection, UUID counterId, Instant slotStart) {
        return Sql.run(connection, FREE, counterId, slotStart).replaceWithVoid();
    }
}
