package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.locker.CompartmentSize;

/**
 * The document is produced and waits for the resident. With {@link PickupMethod#SMART_DESK}
 * pickup-locker-service reserves a compartment of {@code compartmentSize} at {@code siteId}.
 *
 * @param applicantRef pseudonymous applicant, so the pickup code can be sent to them
 * @param compartmentSize compartment the document needs; present for {@code SMART_DESK}
 * @param pickupFrom earliest pickup time
 * @param pickupDeadline after this the pickup expires and the document returns to the counter
 * @param submissionId the one-stop submission the application belongs to. Documents of one submission
 *     made ready together ({@code POST /submissions/{submissionId}/ready}) share it, the pickup method,
 *     the site, {@code pickupFrom} and {@code pickupDeadline}, so the locker side can put them in one
 *     compartment and the resident collects them with one code; absent in events from before it was added
 */
public record DocumentReadyForPickup(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String applicantRef,
        String serviceCode,
        PickupMethod pickupMethod,
        String siteId,
        CompartmentSize compartmentSize,
        Instant pickupFrom,
        Instant pickupDeadline,
        ActorRole actorRole,
        UUID submissionId) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
