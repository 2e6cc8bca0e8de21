package tw.smartdesk.application.api;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.events.application.ApplicationChannel;

/** An application as residents and staff see it. */
public record ApplicationView(UUID id, UUID submissionId, String serviceCode, ApplicationChannel channel,
        ApplicationStatus status, Instant submittedAt) {

    public static ApplicationView of(Application application) {
        return new ApplicationView(application.id, application.submissionId, application.serviceCode,
                application.channel, application.status, application.submittedAt);
    }
}
