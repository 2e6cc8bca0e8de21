package tw.smartdesk.application.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationHistoryEntry;
import tw.smartdesk.application.domain.ApplicationStatus;

/** Writes and reads the timeline / audit trail; call {@link #record} in the change's own transaction. */
@ApplicationScoped
public class ApplicationHistory {

    public Uni<Void> record(Application application, String action, ApplicationStatus from, Actor actor, String detail) {
        ApplicationHistoryEntry entry = new ApplicationHistoryEntry();
        entry.applicationId = application.id;
        entry.at = Instant.now();
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = application.status;
        entry.actorSubject = actor.subject();
        entry.actorRole = actor.role();
        entry.channel = application.channel;
        entry.detail = detail;
        return entry.persist().replaceWithVoid();
    }

    public Uni<List<ApplicationHistoryEntry>> of(UUID applicationId) {
        return ApplicationHistoryEntry.list("applicationId = ?1 order by id", applicationId);
    }
}
