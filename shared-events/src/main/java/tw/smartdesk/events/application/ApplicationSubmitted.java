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
 * @param serviceVersion the catalogue version of the service the application was filed under (readable at
 *     {@code GET /services/{serviceCode}/versions/{serviceVersion}}); absent in events from before it was added
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
        Residency residency,
        Integer serviceVersion) implements SmartDeskEvent {

    /** The event without a catalogue version, as producers wrote it before {@code serviceVersion} was added. */
    public ApplicationSubmitted(UUID eventId, Instant occurredAt, UUID applicationId, UUID submissionId,
            String applicantRef, String serviceCode, ApplicationChannel channel, String township, String ageBand,
            Residency residency) {
        this(eventId, occurredAt, applicationId, submissionId, applicantRef, serviceCode, channel, township, ageBand,
                residency, null);
    }

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
