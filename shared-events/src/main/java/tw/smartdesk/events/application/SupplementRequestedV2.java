package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A clerk asked the applicant for missing documents; processing waits until they arrive. Version 2 of
 * {@link SupplementRequested}: without the retired free-text {@code note}; what is missing is said by the
 * document codes, the clerk's instruction stays in application-service.
 *
 * @param documentCodes codes of the documents still needed, at least one
 * @param dueBy after this the application may be rejected as {@link RejectionReason#SUPPLEMENT_OVERDUE}
 */
public record SupplementRequestedV2(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        List<String> documentCodes,
        Instant dueBy,
        ActorRole actorRole) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
