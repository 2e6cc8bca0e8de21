package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tw.smartdesk.application.api.ApplicationView;
import tw.smartdesk.application.api.MarkReadyRequest;
import tw.smartdesk.application.api.SubmissionPickupView;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationLifecycle;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.domain.LifecycleAction;
import tw.smartdesk.application.domain.ServiceDefinition;
import tw.smartdesk.events.application.PickupMethod;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;

/**
 * One-stop pickup: the documents of one submission that are ready together are made ready together,
 * with one pickup method, one site and one pickup window, so that they can share a compartment and the
 * resident collects them at once. One transaction; one {@code DocumentReadyForPickup} per application,
 * all carrying the submission id.
 */
@ApplicationScoped
public class SubmissionPickup {

    /** Statuses from which a document can be made ready. */
    private static final Set<ApplicationStatus> READY_ABLE =
            EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.SUPPLEMENT_PROVIDED);

    private final ApplicationTransitions transitions;

    SubmissionPickup(ApplicationTransitions transitions) {
        this.transitions = transitions;
    }

    /**
     * Marks every open application of the submission READY_FOR_PICKUP; closed ones (completed, rejected,
     * cancelled) are left out. 404 for an unknown submission; 409 naming every open application that is
     * not ready-able (nothing changes then); 422 when a service allows no Smart Desk pickup; 400 when no
     * common site is known. The pickup window is the shortest of the services' windows.
     */
    @WithTransaction
    public Uni<SubmissionPickupView> markReady(UUID submissionId, MarkReadyRequest request, Caller caller) {
        Actor actor = Actor.of(caller);
        return Application.<Application>list("submissionId = ?1 order by id", submissionId)
                .map(all -> openOf(submissionId, all, caller))
                .chain(open -> servicesOf(open).chain(services -> {
                    PickupMethod method = method(request, open, services);
                    String site = site(request, open);
                    Instant now = Instant.now();
                    int window = services.stream().mapToInt(service -> service.pickupWindowDays).min().orElseThrow();
                    Instant deadline = now.plus(Duration.ofDays(window));
                    Uni<List<ApplicationView>> marked = Uni.createFrom().item(new ArrayList<>());
                    for (int i = 0; i < open.size(); i++) {
                        Application application = open.get(i);
                        ServiceDefinition service = services.get(i);
                        marked = marked.chain(views -> mark(application, service, method, site, now, deadline, actor)
                                .map(view -> {
                                    views.add(view);
                                    return views;
                                }));
                    }
                    return marked.map(views -> new SubmissionPickupView(submissionId, method, site, now, deadline, views));
                }));
    }

    private Uni<ApplicationView> mark(Application application, ServiceDefinition service, PickupMethod method, String site,
            Instant now, Instant deadline, Actor actor) {
        application.pickupMethod = method;
        application.siteId = site;
        if (application.compartmentSize == null) {
            application.compartmentSize = service.compartmentSize;
        }
        return transitions.apply(application, LifecycleAction.MARK_READY, actor,
                method + " " + site + " with submission " + application.submissionId,
                ready -> PickupRouting.readyEvent(ready, now, deadline, actor)).map(ApplicationView::of);
    }

    /** The submission's open applications, every one of them ready-able. */
    private static List<Application> openOf(UUID submissionId, List<Application> all, Caller caller) {
        List<Application> visible = all.stream().filter(application -> caller.maySee(application.ownerSubject)).toList();
        if (visible.isEmpty()) {
            throw ProblemException.notFound("Submission", submissionId);
        }
        List<Application> open = visible.stream().filter(application -> !ApplicationLifecycle.isFinal(application.status))
                .toList();
        List<String> waiting = open.stream().filter(application -> !READY_ABLE.contains(application.status))
                .map(application -> application.id + " (" + application.serviceCode + ", " + application.status + ")")
                .toList();
        if (open.isEmpty() || !waiting.isEmpty()) {
            throw ProblemException.conflict("submission-not-ready", "Not every document of the submission is ready",
                    open.isEmpty() ? "Every application of submission " + submissionId + " is closed"
                            : "Only ACCEPTED or SUPPLEMENT_PROVIDED applications can be made ready; not ready-able: "
                                    + String.join(", ", waiting));
        }
        return open;
    }

    private static Uni<List<ServiceDefinition>> servicesOf(List<Application> applications) {
        Uni<List<ServiceDefinition>> services = Uni.createFrom().item(new ArrayList<>());
        for (Application application : applications) {
            services = services.chain(found -> PickupRouting.filedUnder(application).map(service -> {
                found.add(service);
                return found;
            }));
        }
        return services;
    }

    /**
     * The method asked for; by default the Smart Desk when every application is headed there and every
     * service allows it, otherwise the counter. The Smart Desk for a counter-only service is a 422.
     */
    private static PickupMethod method(MarkReadyRequest request, List<Application> open, List<ServiceDefinition> services) {
        List<String> counterOnly = services.stream().filter(service -> !service.smartDeskPickup)
                .map(service -> service.code).distinct().toList();
        if (request.pickupMethod() == PickupMethod.SMART_DESK && !counterOnly.isEmpty()) {
            throw ProblemException.ruleBroken("smart-desk-not-allowed", "No Smart Desk pickup for a service of this submission",
                    "Documents of " + String.join(", ", counterOnly) + " are handed over at the counter only");
        }
        if (request.pickupMethod() != null) {
            return request.pickupMethod();
        }
        boolean allSmartDesk = counterOnly.isEmpty()
                && open.stream().allMatch(application -> application.pickupMethod == PickupMethod.SMART_DESK);
        return allSmartDesk ? PickupMethod.SMART_DESK : PickupMethod.COUNTER;
    }

    /** The site asked for, or the one site every application already names; 400 otherwise. */
    private static String site(MarkReadyRequest request, List<Application> open) {
        if (request.siteId() != null) {
            return request.siteId();
        }
        Set<String> named = open.stream().map(application -> application.siteId).collect(Collectors.toSet());
        if (named.size() != 1 || named.contains(null)) {
            throw ProblemException.badRequest("The applications of the submission name no common site",
                    List.of(new Problem.Violation("siteId", "required: the one site that hands the documents over")));
        }
        return named.iterator().next();
    }
}
