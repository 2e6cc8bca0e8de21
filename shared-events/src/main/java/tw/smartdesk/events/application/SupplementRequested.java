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
 * @param note no longer sent: always absent (null). The clerk's instruction is free text that may name
 *     people, and a public topic keeps it beyond an erasure, so it stays in application-service (the
 *     application's timeline), where erasing the applicant clears it. Kept in the record only so that
 *     events written before the change still read.
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
