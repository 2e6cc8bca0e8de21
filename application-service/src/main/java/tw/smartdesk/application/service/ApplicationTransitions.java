package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationLifecycle;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.domain.LifecycleAction;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.platform.outbox.Outbox;

/**
 * Changes one application inside the caller's transaction: the row (its version checked, so two
 * clerks acting at once cannot both win), then its event in the outbox, then its history entry.
 * Free text staff write (a note) goes into the history entry only, never into the public event.
 */
@ApplicationScoped
public class ApplicationTransitions {

    private final Outbox outbox;
    private final ApplicationHistory history;
    private final AccountLinks links;

    ApplicationTransitions(Outbox outbox, ApplicationHistory history, AccountLinks links) {
        this.outbox = outbox;
        this.history = history;
        this.links = links;
    }

    /**
     * The application if the caller may see it: staff, the account that filed it, and the accounts linked to
     * its applicant by a verified identity claim (see {@link AccountLinks}); 404 otherwise, so that others'
     * applications do not exist. Call inside a session (a verified caller may be linked on the way, see {@link AccountLinks}).
     */
    public Uni<Application> visible(UUID id, Caller caller) {
        return Application.<Application>findById(id).chain(found -> {
            if (found == null) {
                throw ProblemException.notFound("Application", id);
            }
            if (caller.maySee(found.ownerSubject)) {
                return Uni.createFrom().item(found);
            }
            return links.linkedRefs(caller).map(refs -> {
                if (!refs.contains(found.applicantRef)) {
                    throw ProblemException.notFound("Application", id);
                }
                return found;
            });
        });
    }

    /**
     * Moves the application by {@code action}; an action its status does not allow is a 409 naming
     * the allowed ones. The event is built from the changed application.
     */
    public Uni<Application> apply(Application application, LifecycleAction action, Actor actor, String detail,
            Function<Application, SmartDeskEvent> event) {
        return apply(application, action, actor, detail, null, event);
    }

    /** As {@link #apply(Application, LifecycleAction, Actor, String, Function)}, with staff's free-text note for the history only. */
    public Uni<Application> apply(Application application, LifecycleAction action, Actor actor, String detail, String note,
            Function<Application, SmartDeskEvent> event) {
        ApplicationStatus from = application.status;
        application.status = ApplicationLifecycle.next(from, action);
        return write(application, event.apply(application), action.name(), from, actor, detail, note);
    }

    /**
     * Writes a change already made to the entity: the update is flushed first, which checks the version
     * and takes the row lock that orders this application's outbox rows.
     */
    public Uni<Application> write(Application application, SmartDeskEvent event, String action, ApplicationStatus from,
            Actor actor, String detail) {
        return write(application, event, action, from, actor, detail, null);
    }

    private Uni<Application> write(Application application, SmartDeskEvent event, String action, ApplicationStatus from,
            Actor actor, String detail, String note) {
        application.updatedAt = Instant.now();
        return Panache.getSession()
                .chain(session -> session.flush())
                .chain(() -> outbox.record(event))
                .chain(() -> history.record(application, action, from, actor, detail, note))
                .replaceWith(application);
    }
}
