package tw.smartdesk.reservation.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.UUID;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.reservation.domain.Reservation;

/** The statements on {@code reservation} that more than one step uses. */
final class ReservationRows {

    /**
     * A new reservation; nothing when the person already holds one that day (the partial unique index), so that
     * the caller can answer 409 or pass a waitlist offer on without failing its transaction.
     */
    static final String INSERT = """
            insert into reservation (id, site_id, counter_id, applicant_ref, purpose, service_codes, application_ids,
                agent_service, channel, booked_by, booked_by_role, caller_phone, slot_day, slot_start, slot_end, status,
                hold_until, waitlist_entry_id)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
            on conflict (applicant_ref, slot_day)
                where status in ('OFFERED', 'BOOKED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW') do nothing
            returning """ + Reservation.COLUMNS;
    static final String LOCK = "select " + Reservation.COLUMNS + " from reservation where id = $1 for update";
    static final String BY_ID = "select " + Reservation.COLUMNS + " from reservation where id = $1";

    private ReservationRows() {
    }

    /** The reservation, locked for the rest of the transaction; a 404 problem when there is none. */
    static Uni<Reservation> lock(SqlConnection connection, UUID id) {
        return Sql.run(connection, LOCK, id).map(rows -> {
            if (rows.isEmpty()) {
                throw ProblemException.notFound("Reservation", id);
            }
            return Reservation.of(rows.get(0));
        });
    }
}
