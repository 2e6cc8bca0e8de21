package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * The resident rated the service of a completed application.
 *
 * @param score 1 (very dissatisfied) to 5 (very satisfied)
 * @param comment no longer sent: always absent (null). What the resident typed is free text that may name
 *     people, and a public topic keeps it beyond an erasure, so it stays in application-service
 *     ({@code application_feedback}), where erasing the applicant clears it. Kept in the record only so that
 *     events written before the change still read.
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
