package tw.smartdesk.events.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A clerk accepted an application for processing.
 *
 * @param expectedReadyOn the day the document is expected to be ready; may be absent
 */
public record ApplicationAccepted(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String serviceCode,
        ActorRole actorRole,
        LocalDate expectedReadyOn) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
