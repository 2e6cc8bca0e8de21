package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.CancellationReason;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * An application was withdrawn before completion. Final state; a compartment holding its document
 * is emptied ({@code DocumentRetrieved}).
 *
 * @param cancelledBy the resident, or the staff role that cancelled on their behalf
 */
public record ApplicationCancelled(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        CancellationReason reason,
        ActorRole cancelledBy) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
