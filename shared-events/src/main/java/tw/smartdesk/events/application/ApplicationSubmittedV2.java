package tw.smartdesk.events.application;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * A resident (or an operator, clerk or proxy on their behalf) filed an application for one service.
 * Version 2 of {@link ApplicationSubmitted}: {@code township} is a code from the county's closed list
 * instead of free text, so nothing a person typed reaches the public topic. Carries only the
 * pseudonymous applicant reference and coarse demographics.
 *
 * @param submissionId links the applications filed together in one one-stop submission
 * @param township township of residence, for demand analysis; absent when unknown
 * @param ageBand age band such as {@code 30-39}; absent when unknown
 * @param residency whether the applicant lives in the county; absent when unknown (an agent filing for an
 *     applicant without a profile), which version 1 could not express
 * @param serviceVersion the catalogue version of the service the application was filed under (readable at
 *     {@code GET /services/{serviceCode}/versions/{serviceVersion}})
 */
public record ApplicationSubmittedV2(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        UUID submissionId,
        String applicantRef,
        String serviceCode,
        ApplicationChannel channel,
        Township township,
        String ageBand,
        Residency residency,
        Integer serviceVersion) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicationId.toString();
    }
}
