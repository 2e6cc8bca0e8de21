package tw.smartdesk.events.reservation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * Agent service: staff are asked to prepare the listed services before the resident's slot.
 *
 * @param serviceCodes services to prepare, at least one
 * @param applicationIds applications already filed for them; may be empty
 * @param prepareBy when the documents must be ready, before {@code slotStart}
 */
public record PreparationRequested(
        UUID eventId,
        Instant occurredAt,
        UUID reservationId,
        String applicantRef,
        String siteId,
        List<String> serviceCodes,
        List<UUID> applicationIds,
        Instant slotStart,
        Instant prepareBy) implements SmartDeskEvent {

    @Override
    public String subject() {
        return reservationId.toString();
    }
}
