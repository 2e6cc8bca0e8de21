package tw.smartdesk.application.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.PickupMethod;

/**
 * An application as residents and staff see it.
 *
 * @param dueDate when the document should be ready (working-day calendar)
 * @param pickupMethod where the document will be collected
 * @param siteId the site that hands it over, once known
 * @param reservationId the agent-service reservation that asked for it (channel AGENT)
 */
public record ApplicationView(UUID id, UUID submissionId, String serviceCode, ApplicationChannel channel,
        ApplicationStatus status, Instant submittedAt, LocalDate dueDate, PickupMethod pickupMethod, String siteId,
        UUID reservationId, Instant updatedAt) {

    public static ApplicationView of(Application application) {
        return new ApplicationView(application.id, application.submissionId, application.serviceCode,
                application.channel, application.status, application.submittedAt, application.dueDate,
                application.pickupMethod, application.siteId, application.reservationId, application.updatedAt);
    }
}
