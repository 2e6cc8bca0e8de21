package tw.smartdesk.reservation.domain;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.reservation.BookingChannel;
import tw.smartdesk.events.reservation.ReservationPurpose;

/** A row of {@code reservation}, read with {@link #COLUMNS}. */
public record Reservation(UUID id, String siteId, UUID counterId, String counterCode, String applicantRef, ReservationPurpose purpose,
        List<String> serviceCodes, List<UUID> applicationIds, boolean agentService, BookingChannel channel,
        String bookedBy, String callerPhone, LocalDate slotDay, Instant slotStart, Instant slotEnd,
        ReservationStatus status, Instant holdUntil, UUID waitlistEntryId, Instant checkedInAt, Instant createdAt) {

    /** The columns {@link #of(Row)} reads, in its order. */
    public static final String COLUMNS = " " + """
            id, site_id, counter_id, (select c.code from counter c where c.id = counter_id) as counter_code, applicant_ref, purpose, service_codes, application_ids, agent_service, channel,
            booked_by, caller_phone, slot_day, slot_start, slot_end, status, hold_until, waitlist_entry_id,
            checked_in_at, created_at""";

    public static Reservation of(Row row) {
        return new Reservation(row.getUUID("id"), row.getString("site_id"), row.getUUID("counter_id"),
                row.getString("counter_code"),                 row.getString("applicant_ref"), ReservationPurpose.valueOf(row.getString("purpose")),
                Arrays.asList(row.getArrayOfStrings("service_codes")), Arrays.asList(row.getArrayOfUUIDs("application_ids")),
                row.getBoolean("agent_service"), BookingChannel.valueOf(row.getString("channel")),
                row.getString("booked_by"), row.getString("caller_phone"), row.getLocalDate("slot_day"),
                instant(row.getOffsetDateTime("slot_start")), instant(row.getOffsetDateTime("slot_end")),
                ReservationStatus.valueOf(row.getString("status")), instant(row.getOffsetDateTime("hold_until")),
                row.getUUID("waitlist_entry_id"), instant(row.getOffsetDateTime("checked_in_at")),
                instant(row.getOffsetDateTime("created_at")));
    }

    public static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
