package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A clerk asked the applicant for missing documents; processing waits until they arrive.
 *
 * @param documentCodes codes of the documents still needed, at least one
 * @param note the clerk's short instruction to the resident, without personal data; may be absent
 * @param dueBy after this the application may be rejected as {@link RejectionReason#SUPPLEMENT_OVERDUE}
 */
public record SupplementRequested(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        List<String> documentCodes,
        String note,
        Instant dueBy,
        ActorRole actorRole) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
