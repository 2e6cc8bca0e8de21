package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * The applicant supplied the requested documents; processing resumes.
 *
 * @param documentCodes codes of the documents received
 * @param channel how they reached the center
 */
public record SupplementProvided(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        List<String> documentCodes,
        ApplicationChannel channel) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
