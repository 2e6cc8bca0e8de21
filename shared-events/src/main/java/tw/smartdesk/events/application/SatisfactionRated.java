package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * The resident rated the service of a completed application.
 *
 * @param score 1 (very dissatisfied) to 5 (very satisfied)
 * @param comment what the resident typed, at most 500 characters; the form asks for no personal
 *     data, but consumers must not republish it verbatim; may be absent
 */
public record SatisfactionRated(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        int score,
        String comment) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
