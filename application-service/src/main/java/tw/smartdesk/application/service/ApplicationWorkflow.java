package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.application.api.ApplicationView;
import tw.smartdesk.application.api.CancelRequest;
import tw.smartdesk.application.api.RejectRequest;
import tw.smartdesk.application.config.LifecycleConfig;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.domain.LifecycleAction;
import tw.smartdesk.events.application.ApplicationAccepted;
import tw.smartdesk.events.application.ApplicationCancelled;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.ApplicationRejectedV2;
import tw.smartdesk.events.application.SupplementProvided;
import tw.smartdesk.events.application.SupplementRequestedV2;

/**
 * The clerk workflow before the document is produced: accept, ask for and receive supplements,
 * reject, cancel. Each step is one transaction with its event and its history entry. The clerk's
 * note (supplement instruction, rejection explanation) is kept in the history entry, where the
 * resident reads it in the timeline and erasure clears it; the public event carries no free text.
 */
@ApplicationScoped
public class ApplicationWorkflow {

    private final ApplicationTransitions transitions;
    private final WorkingDayCalendar calendar;
    private final LifecycleConfig config;

    ApplicationWorkflow(ApplicationTransitions transitions, WorkingDayCalendar calendar, LifecycleConfig config) {
        this.transitions = transitions;
        this.calendar = calendar;
        this.config = config;
    }

    /** Accepts for processing; the event promises the due date as the expected ready day. */
    @WithTransaction
    public Uni<ApplicationView> accept(UUID id, Caller caller) {
        Actor actor = Actor.of(caller);
        return transitions.visible(id, caller)
                .chain(application -> transitions.apply(application, LifecycleAction.ACCEPT, actor, null,
                        accepted -> new ApplicationAccepted(UUID.randomUUID(), Instant.now(), accepted.id,
                                accepted.serviceCode, actor.eventRole(), accepted.dueDate)))
                .map(ApplicationView::of);
    }

    /** Asks for missing documents, due by the given time or by default a few working days ahead; the note stays in the history. */
    @WithTransaction
    public Uni<ApplicationView> requestSupplement(UUID id, List<String> documentCodes, String note, Instant dueBy,
            Caller caller) {
        Actor actor = Actor.of(caller);
        String text = blankToNull(note);
        return transitions.visible(id, caller)
                .chain(application -> supplementDueBy(dueBy).chain(due -> transitions.apply(application,
                        LifecycleAction.REQUEST_SUPPLEMENT, actor, String.join(",", documentCodes), text,
                        requested -> new SupplementRequestedV2(UUID.randomUUID(), Instant.now(), requested.id,
                                documentCodes, due, actor.eventRole()))))
                .map(ApplicationView::of);
    }

    /** Records that the requested documents arrived, online from the resident or at the counter. */
    @WithTransaction
    public Uni<ApplicationView> provideSupplement(UUID id, List<String> documentCodes, Caller caller) {
        Actor actor = Actor.of(caller);
        return transitions.visible(id, caller)
                .chain(application -> transitions.apply(application, LifecycleAction.PROVIDE_SUPPLEMENT, actor,
                        String.join(",", documentCodes),
                        provided -> new SupplementProvided(UUID.randomUUID(), Instant.now(), provided.id,
                                documentCodes, supplyChannel(provided, actor))))
                .map(ApplicationView::of);
    }

    @WithTransaction
    public Uni<ApplicationView> reject(UUID id, RejectRequest request, Caller caller) {
        Actor actor = Actor.of(caller);
        return transitions.visible(id, caller)
                .chain(application -> transitions.apply(application, LifecycleAction.REJECT, actor,
                        request.reason().name(), blankToNull(request.note()),
                        rejected -> new ApplicationRejectedV2(UUID.randomUUID(), Instant.now(), rejected.id,
                                request.reason(), actor.eventRole())))
                .map(ApplicationView::of);
    }

    /** Withdraws before acceptance: the owner, or an operator or clerk on their behalf. */
    @WithTransaction
    public Uni<ApplicationView> cancel(UUID id, CancelRequest request, Caller caller) {
        Actor actor = Actor.of(caller);
        return transitions.visible(id, caller)
                .chain(application -> transitions.apply(application, LifecycleAction.CANCEL, actor,
                        request.reason().name(),
                        cancelled -> new ApplicationCancelled(UUID.randomUUID(), Instant.now(), cancelled.id,
                                request.reason(), actor.eventRole())))
                .map(ApplicationView::of);
    }

    private Uni<Instant> supplementDueBy(Instant requested) {
        if (requested != null) {
            return Uni.createFrom().item(requested);
        }
        return calendar.dueDate(Instant.now(), config.supplementWorkingDays()).map(ApplicationWorkflow::endOf);
    }

    /** The end of a day in Taiwan: the first instant of the next day. */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(WorkingDayCalendar.TAIWAN).toInstant();
    }

    /**
     * The channel of the step (a resident online or in the app, a clerk at the counter); documents that
     * an admin records were handed in at the counter too.
     */
    private static ApplicationChannel supplyChannel(Application application, Actor actor) {
        ApplicationChannel channel = ApplicationHistory.channelOf(application, actor);
        return channel != null ? channel : ApplicationChannel.COUNTER;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
