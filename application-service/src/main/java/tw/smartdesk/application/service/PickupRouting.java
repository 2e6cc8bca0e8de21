package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.application.api.ApplicationView;
import tw.smartdesk.application.api.MarkReadyRequest;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationLifecycle;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.domain.LifecycleAction;
import tw.smartdesk.application.domain.ServiceDefinition;
import tw.smartdesk.events.application.ApplicationCompleted;
import tw.smartdesk.events.application.DocumentReadyForPickup;
import tw.smartdesk.events.application.PickupMethod;
import tw.smartdesk.events.application.PickupMethodChangeReason;
import tw.smartdesk.events.application.PickupMethodChanged;
import tw.smartdesk.events.locker.DocumentPickedUp;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;

/**
 * Where and how a finished document reaches the resident: ready for pickup at a Smart Desk or a
 * counter, handed over at the counter, picked up from a locker, and switched to the counter when the
 * locker cannot take it ({@code LockerCapacityExhausted}) or it was not collected ({@code PickupExpired}).
 */
@ApplicationScoped
public class PickupRouting {

    private final ApplicationTransitions transitions;

    PickupRouting(ApplicationTransitions transitions) {
        this.transitions = transitions;
    }

    /**
     * The document is produced: READY_FOR_PICKUP, with the compartment size of the application and
     * the pickup window of the catalogue version it was filed under.
     */
    @WithTransaction
    public Uni<ApplicationView> markReady(UUID id, MarkReadyRequest request, Caller caller) {
        Actor actor = Actor.of(caller);
        return transitions.visible(id, caller)
                .invoke(application -> ApplicationLifecycle.next(application.status, LifecycleAction.MARK_READY))
                .chain(application -> filedUnder(application).chain(service -> {
                    route(application, service, request);
                    Instant now = Instant.now();
                    Instant deadline = now.plus(Duration.ofDays(service.pickupWindowDays));
                    return transitions.apply(application, LifecycleAction.MARK_READY, actor,
                            application.pickupMethod + " " + application.siteId,
                            ready -> readyEvent(ready, now, deadline, actor));
                }))
                .map(ApplicationView::of);
    }

    /** A clerk hands the document over at the counter; a Smart Desk document completes when picked up. */
    @WithTransaction
    public Uni<ApplicationView> completeAtCounter(UUID id, Caller caller) {
        Actor actor = Actor.of(caller);
        return transitions.visible(id, caller)
                .invoke(application -> ApplicationLifecycle.next(application.status, LifecycleAction.COMPLETE))
                .invoke(application -> {
                    if (application.pickupMethod != PickupMethod.COUNTER) {
                        throw ProblemException.conflict("pickup-at-smart-desk", "Waiting at the Smart Desk",
                                "The document waits for pickup at the Smart Desk; it completes when the resident collects it");
                    }
                })
                .chain(application -> transitions.apply(application, LifecycleAction.COMPLETE, actor, "COUNTER",
                        done -> completed(done, PickupMethod.COUNTER, done.siteId)))
                .map(ApplicationView::of);
    }

    /** {@code DocumentPickedUp}: the resident collected the document from a locker. Runs in the consumer's transaction. */
    public Uni<Void> completeOnPickup(DocumentPickedUp pickedUp) {
        return Application.<Application>findById(pickedUp.applicationId()).chain(application -> {
            if (application == null || application.status != ApplicationStatus.READY_FOR_PICKUP) {
                Log.warnf("DocumentPickedUp %s ignored: application %s is %s", pickedUp.eventId(), pickedUp.applicationId(),
                        application == null ? "unknown" : application.status);
                return Uni.createFrom().voidItem();
            }
            String detail = "SMART_DESK " + pickedUp.siteId() + (pickedUp.afterHours() ? " after hours" : "");
            return transitions.apply(application, LifecycleAction.COMPLETE, Actor.SYSTEM, detail,
                    done -> completed(done, PickupMethod.SMART_DESK, pickedUp.siteId())).replaceWithVoid();
        });
    }

    /**
     * Moves the pickup of an open application to the counter of its site. Nothing changes when it is
     * already there or the application is closed. Runs in the consumer's transaction.
     */
    public Uni<Void> switchToCounter(UUID applicationId, PickupMethodChangeReason reason, String siteId, UUID causeId) {
        return Application.<Application>findById(applicationId).chain(application -> {
            if (application == null || application.pickupMethod == PickupMethod.COUNTER
                    || ApplicationLifecycle.isFinal(application.status)) {
                Log.infof("Event %s (%s) changes nothing: application %s is %s", causeId, reason, applicationId,
                        application == null ? "unknown" : application.status + " with pickup " + application.pickupMethod);
                return Uni.createFrom().voidItem();
            }
            PickupMethod from = application.pickupMethod;
            application.pickupMethod = PickupMethod.COUNTER;
            if (siteId != null) {
                application.siteId = siteId;
            }
            PickupMethodChanged changed = new PickupMethodChanged(UUID.randomUUID(), Instant.now(), application.id, from,
                    PickupMethod.COUNTER, reason, application.siteId, Actor.SYSTEM.eventRole());
            return transitions.write(application, changed, "PICKUP_METHOD_CHANGED", application.status, Actor.SYSTEM,
                    reason.name()).replaceWithVoid();
        });
    }

    /** Decides method, site and compartment size; a Smart Desk pickup the service does not allow is a 422. */
    private static void route(Application application, ServiceDefinition service, MarkReadyRequest request) {
        PickupMethod method = request.pickupMethod() != null ? request.pickupMethod()
                : service.smartDeskPickup ? application.pickupMethod : PickupMethod.COUNTER;
        if (method == PickupMethod.SMART_DESK && !service.smartDeskPickup) {
            throw ProblemException.ruleBroken("smart-desk-not-allowed", "No Smart Desk pickup for this service",
                    "Documents of " + service.code + " are handed over at the counter only");
        }
        String site = request.siteId() != null ? request.siteId() : application.siteId;
        if (site == null) {
            throw ProblemException.badRequest("The application names no site yet",
                    List.of(new Problem.Violation("siteId", "required: the site that hands the document over")));
        }
        application.pickupMethod = method;
        application.siteId = site;
        if (application.compartmentSize == null) {
            application.compartmentSize = service.compartmentSize;
        }
    }

    /** {@code DocumentReadyForPickup} of an application routed and marked ready; the compartment size only for the Smart Desk. */
    static DocumentReadyForPickup readyEvent(Application ready, Instant pickupFrom, Instant deadline, Actor actor) {
        return new DocumentReadyForPickup(UUID.randomUUID(), pickupFrom, ready.id, ready.applicantRef,
                ready.serviceCode, ready.pickupMethod, ready.siteId,
                ready.pickupMethod == PickupMethod.SMART_DESK ? ready.compartmentSize : null,
                pickupFrom, deadline, actor.eventRole(), ready.submissionId);
    }

    /** The catalogue version the application was filed under (the current one for rows filed before versions). */
    static Uni<ServiceDefinition> filedUnder(Application application) {
        Uni<ServiceDefinition> found = application.serviceVersion != null
                ? ServiceDefinition.findById(new ServiceDefinition.Key(application.serviceCode, application.serviceVersion))
                : ServiceDefinition.find("code = ?1 and current = true", application.serviceCode).firstResult();
        return found.onItem().ifNull().failWith(() -> new IllegalStateException(
                "Application " + application.id + " names service " + application.serviceCode + " missing from the catalogue"));
    }

    private static ApplicationCompleted completed(Application application, PickupMethod method, String siteId) {
        return new ApplicationCompleted(UUID.randomUUID(), Instant.now(), application.id, application.serviceCode,
                method, siteId);
    }
}
