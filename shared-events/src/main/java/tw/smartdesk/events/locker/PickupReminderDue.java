package tw.smartdesk.events.locker;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * The document is still in its compartment after the reminder delay (48 h by default); the
 * resident should be reminded.
 *
 * @param reminderNumber 1 for the first reminder of this deposit, then 2, ...
 */
public record PickupReminderDue(
        UUID eventId,
        Instant occurredAt,
        UUID compartmentId,
        UUID applicationId,
        String applicantRef,
        String siteId,
        Instant pickupDeadline,
        int reminderNumber) implements SmartDeskEvent {

    @Override
    public String subject() {
        return compartmentId.toString();
    }
}
