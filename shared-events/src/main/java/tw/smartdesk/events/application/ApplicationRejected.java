package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A clerk rejected an application. Final state.
 *
 * @param note the clerk's short explanation, without personal data; may be absent
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
