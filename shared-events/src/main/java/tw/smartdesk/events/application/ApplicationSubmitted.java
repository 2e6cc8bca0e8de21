package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A resident (or an operator, clerk or proxy on their behalf) filed an application for one service.
 * Carries only the pseudonymous applicant reference and coarse demographics, never personal data.
 *
 * @param submissionId links the applications filed together in one one-stop submission
 * @param township township of residence, for demand analysis; may be absent
 * @param ageBand age band such as {@code 30-39}; may be absent
 */
public record ApplicationSubmitted(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        UUID submissionId,
        String applicantRef,
        String serviceCode,
        ApplicationChannel channel,
        String township,
        String ageBand,
        Residency residency) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
