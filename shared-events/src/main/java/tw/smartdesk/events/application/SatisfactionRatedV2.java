package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * The resident rated the service of a completed application. Version 2 of {@link SatisfactionRated}:
 * without the retired free-text {@code comment}, which stays in application-service
 * ({@code application_feedback}).
 *
 * @param score 1 (very dissatisfied) to 5 (very satisfied)
 */
public record SatisfactionRatedV2(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        int score) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
