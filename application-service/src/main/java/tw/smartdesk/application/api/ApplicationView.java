package tw.smartdesk.application.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.PickupMethod;

/**
 * An application as residents and staff see it.
 *
 * @param serviceVersion the catalogue version it was filed under ({@code GET /services/{code}/versions/{serviceVersion}})
 * @param dueDate when the document should be ready (working-day calendar)
 * @param pickupMethod where the document will be collected
 * @param siteId the site that hands it over, once known
 * @param reservationId the agent-service reservation that asked for it (channel AGENT)
 * @param form the service's own fields as filed; only in {@code GET /applications/{id}}, for its owner and staff
 * @param applicant who applied, masked, with the {@code applicantRef}; only in {@code GET /applications/{id}}, for
 *     staff (a citizen never gets the applicant's reference, in no answer)
 * @param proxy the proxy who applied on the resident's behalf, masked; only in {@code GET /applications/{id}}, for staff
 */
public record ApplicationView(UUID id, UUID submissionId, String serviceCode, Integer serviceVersion,
        ApplicationChannel channel, ApplicationStatus status, Instant submittedAt, LocalDate dueDate,
        PickupMethod pickupMethod, String siteId, UUID reservationId, Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "{\"scope\":\"FULL\"}") Map<String, String> form,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Staff only (clerk, operator, admin), in GET /applications/{id}: who applied, masked,"
                + " with their applicantRef. Absent for citizens and in lists and workflow answers.")
        SubmissionView.ApplicantSummary applicant,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Staff only, in GET /applications/{id}: the proxy who applied, masked.")
        SubmissionView.ProxySummary proxy) {

    /** The application without form values or identity, as lists and workflow steps answer it. */
    public static ApplicationView of(Application application) {
        return detailed(application, null, null, null);
    }

    /** The application with what only {@code GET /applications/{id}} shows, to whom it may be shown. */
    public static ApplicationView detailed(Application application, Map<String, String> form,
            SubmissionView.ApplicantSummary applicant, SubmissionView.ProxySummary proxy) {
        return new ApplicationView(application.id, application.submissionId, application.serviceCode,
                application.serviceVersion, application.channel, application.status, application.submittedAt,
                application.dueDate, application.pickupMethod, application.siteId, application.reservationId,
                application.updatedAt, form, applicant, proxy);
    }
}
