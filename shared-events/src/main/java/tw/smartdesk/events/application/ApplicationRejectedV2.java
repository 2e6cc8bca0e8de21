package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A clerk rejected an application. Final state. Version 2 of {@link ApplicationRejected}: without the
 * retired free-text {@code note}; the reason is a code, the clerk's explanation stays in
 * application-service (the application's timeline).
 */
public record ApplicationRejectedV2(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        RejectionReason reason,
        ActorRole actorRole) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
