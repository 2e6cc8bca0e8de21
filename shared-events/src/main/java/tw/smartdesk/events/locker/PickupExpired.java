package tw.smartdesk.events.locker;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * The pickup deadline passed (day 4 by default); the code is void and staff take the document
 * back to the counter ({@link DocumentRetrieved}).
 */
public record PickupExpired(
        UUID eventId,
        Instant occurredAt,
        UUID compartmentId,
        UUID applicationId,
        String applicantRef,
        String siteId,
        Instant pickupDeadline) implements SmartDeskEvent {

    @Override
    public String subject() {
        return compartmentId.toString();
    }
}
