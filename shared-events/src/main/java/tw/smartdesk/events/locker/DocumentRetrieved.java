package tw.smartdesk.events.locker;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;

/** Staff took a document back out of its compartment; the compartment is free again. */
public record DocumentRetrieved(
        UUID eventId,
        Instant occurredAt,
        UUID compartmentId,
        UUID applicationId,
        String siteId,
        RetrievalReason reason,
        ActorRole actorRole) implements SmartDeskEvent {

    @Override
    public String subject() {
        return compartmentId.toString();
    }
}
