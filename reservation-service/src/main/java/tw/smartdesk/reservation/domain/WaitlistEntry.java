package tw.smartdesk.reservation.domain;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.reservation.BookingChannel;
import tw.smartdesk.events.reservation.ReservationPurpose;

/** A row of {@code waitlist_entry}, read with {@link #COLUMNS}: a resident waiting for a place in a full slot. */
public record WaitlistEntry(UUID id, String siteId, ReservationPurpose purpose, Instant slotStart, LocalDate slotDay,
        List<String> serviceCodes, List<UUID> applicationIds, boolean agentService, String applicantRef,
        BookingChannel channel, String bookedBy, String bookedByRole, String callerPhone, String status, Instant joinedAt) {

    public static final String COLUMNS = " " + """
            id, site_id, purpose, slot_start, slot_day, service_codes, application_ids, agent_service, applicant_ref,
            channel, booked_by, booked_by_role, caller_phone, status, joined_at""";

    public static WaitlistEntry of(Row row) {
        return new WaitlistEntry(row.getUUID("id"), row.getString("site_id"),
                ReservationPurpose.valueOf(row.getString("purpose")), Reservation.instant(row.getOffsetDateTime("slot_start")),
                row.getLocalDate("slot_day"), Arrays.asList(row.getArrayOfStrings("service_codes")),
                Arrays.asList(row.getArrayOfUUIDs("application_ids")), row.getBoolean("agent_service"),
                row.getString("applicant_ref"), BookingChannel.valueOf(row.getString("channel")), row.getString("booked_by"),
                row.getString("booked_by_role"), row.getString("caller_phone"), row.getString("status"),
                Reservation.instant(row.getOffsetDateTime("joined_at")));
    }
}
