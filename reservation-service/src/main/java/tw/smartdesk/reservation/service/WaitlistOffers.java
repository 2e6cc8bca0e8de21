package tw.smartdesk.reservation.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.platform.outbox.Outbox;
import tw.smartdesk.platform.sql.WriteBatch;
import tw.smartdesk.reservation.api.BookingRequest;
import tw.smartdesk.reservation.config.ReservationRules;
import tw.smartdesk.reservation.domain.CounterSlots;
import tw.smartdesk.reservation.domain.Reservation;
import tw.smartdesk.reservation.domain.ReservationStatus;
import tw.smartdesk.reservation.domain.Slot;
import tw.smartdesk.reservation.domain.WaitlistEntry;

/**
 * Hands a freed place to the waitlist, in the transaction that freed it: the first resident waiting for that
 * slot whose services the counter takes gets an offer, a reservation OFFERED that holds the place until
 * {@code holdUntil} ({@code WaitlistOffered}, which notification-service turns into a message). One who meanwhile
 * booked another slot that day is skipped. No offer is made once the slot is about to start. The resident's other
 * rules (suspension, upcoming limit) are checked when they accept.
 */
@ApplicationScoped
public class WaitlistOffers {

    private static final String COUNTER = """
            select id, code, slot_minutes, slot_capacity, serves_apply, serves_pickup, service_codes from counter where id = $1
            """;
    /**
     * The first in line this counter can serve (its services, when it lists any, cover the entry's), locked; entries
     * another transaction holds are passed over, so two places freed at once go to the first two in line.
     */
    private static final String FIRST_IN_LINE = "select " + WaitlistEntry.COLUMNS + """
             from waitlist_entry where site_id = $1 and purpose = $2 and slot_start = $3 and status = 'WAITING'
            and (cardinality($4::text[]) = 0 or service_codes <@ $4::text[])
            order by joined_at, id limit 1 for update skip locked
            """;
    private static final String MARK = "update waitlist_entry set status = $2 where id = $1";

    private final ReservationRules rules;
    private final Outbox outbox;

    WaitlistOffers(ReservationRules rules, Outbox outbox) {
        this.rules = rules;
        this.outbox = outbox;
    }

    /** Offers the place {@code freed} gave up to the first in line, if any; its event joins {@code events}. */
    public Uni<Void> offerPlaceOf(SqlConnection connection, WriteBatch events, Reservation freed) {
        Instant now = Instant.now();
        Instant lastOffer = freed.slotStart().minus(rules.checkInOpensBefore());
        if (!now.isBefore(lastOffer)) {
            return Uni.createFrom().voidItem();
        }
        Instant holdUntil = now.plus(rules.offerHold()).isBefore(lastOffer) ? now.plus(rules.offerHold()) : lastOffer;
        return Sql.run(connection, COUNTER, freed.counterId()).chain(counters -> {
            CounterSlots counter = CounterSlots.of(counters.get(0));
            Slot slot = new Slot(counter.counterId(), freed.slotStart(), freed.slotEnd(), counter.capacity());
            return offerToFirstInLine(connection, events, freed, counter, slot, holdUntil);
        });
    }

    private Uni<Void> offerToFirstInLine(SqlConnection connection, WriteBatch events, Reservation freed,
            CounterSlots counter, Slot slot, Instant holdUntil) {
        if (!counter.purposes().contains(freed.purpose())) {
            return Uni.createFrom().voidItem();
        }
        return Sql.run(connection, FIRST_IN_LINE, freed.siteId(), freed.purpose(), freed.slotStart(),
                counter.serviceCodes().toArray(String[]::new)).chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    WaitlistEntry entry = WaitlistEntry.of(rows.get(0));
                    return offer(connection, events, entry, slot, holdUntil).chain(offered -> offered
                            ? Uni.createFrom().voidItem()
                            : offerToFirstInLine(connection, events, freed, counter, slot, holdUntil));
                });
    }

    /** Offers the place to {@code entry}; false when it was skipped (it booked that day meanwhile) or nothing is free. */
    private Uni<Boolean> offer(SqlConnection connection, WriteBatch events, WaitlistEntry entry, Slot slot, Instant holdUntil) {
        return Places.takeFirstFree(connection, List.of(slot)).chain(taken -> {
            if (taken == null) {
                return Uni.createFrom().item(true); // the counter has fewer places now: nothing to offer, stop
            }
            Bookings.Plan plan = new Bookings.Plan(new Bookings.Booker(entry.applicantRef(), entry.bookedBy(),
                    ActorRole.valueOf(entry.bookedByRole()), entry.channel(), entry.callerPhone()),
                    new BookingRequest(entry.siteId(), entry.slotStart(), entry.purpose(), entry.serviceCodes(),
                            entry.applicationIds(), entry.agentService(), entry.channel(), null),
                    entry.slotDay(), List.of(slot));
            return Bookings.insert(connection, plan, slot, ReservationStatus.OFFERED, holdUntil, entry.id())
                    .chain(offer -> {
                        if (offer == null) {
                            return Places.free(connection, slot.counterId(), slot.start())
                                    .chain(() -> Sql.run(connection, MARK, entry.id(), "SKIPPED")).replaceWith(false);
                        }
                        ReservationEvents.offered(outbox, events, offer, Instant.now());
                        return Sql.run(connection, MARK, entry.id(), "OFFERED").replaceWith(true);
                    });
        });
    }
}
