package tw.smartdesk.events.reservation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A resident (or an operator for a caller) reserved a counter slot.
 *
 * @param agentService staff prepare the listed services before the slot ({@link PreparationRequested})
 * @param serviceCodes services the visit is for, at least one
 * @param applicationIds applications to hand over on a {@link ReservationPurpose#PICKUP} visit; may be empty
 */
public record ReservationBooked(
        UUID eventId,
        Instant occurredAt,
        UUID reservationId,
        String applicantRef,
        ReservationPurpose purpose,
        String siteId,
        Instant slotStart,
        Instant slotEnd,
        BookingChannel channel,
        boolean agentService,
        List<String> serviceCodes,
        List<UUID> applicationIds) implements SmartDeskEvent {

    @Override
    public String subject() {
        return reservationId.toString();
    }
}
