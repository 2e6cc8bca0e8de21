package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * The resident has the document: picked up at a locker or handed over at a counter. Final state.
 *
 * @param pickupMethod how the document was actually collected
 */
public record ApplicationCompleted(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String serviceCode,
        PickupMethod pickupMethod,
        String siteId) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
