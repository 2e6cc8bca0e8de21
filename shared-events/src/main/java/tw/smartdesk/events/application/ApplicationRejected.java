package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A clerk rejected an application. Final state.
 *
 * @param note no longer sent: always absent (null). The clerk's explanation is free text that may name
 *     people, and a public topic keeps it beyond an erasure, so it stays in application-service (the
 *     application's timeline), where erasing the applicant clears it. Kept in the record only so that
 *     events written before the change still read.
 */
public record ApplicationRejected(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        RejectionReason reason,
        String note,
        ActorRole actorRole) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
