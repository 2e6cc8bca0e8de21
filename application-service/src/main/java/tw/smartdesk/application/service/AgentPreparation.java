package tw.smartdesk.application.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.application.domain.ServiceDefinition;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.events.application.PickupMethod;
import tw.smartdesk.events.reservation.PreparationRequested;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.platform.outbox.Outbox;

/**
 * Agent service: a pick-up reservation asks staff to prepare documents before the resident's slot,
 * so the listed services become applications (channel AGENT), one per service, linked to the
 * reservation and to one another by a submission id, collected at the counter of the reservation's site.
 */
@ApplicationScoped
public class AgentPreparation {

    private final ServiceCatalogue catalogue;
    private final WorkingDayCalendar calendar;
    private final Outbox outbox;
    private final ApplicationHistory history;

    AgentPreparation(ServiceCatalogue catalogue, WorkingDayCalendar calendar, Outbox outbox, ApplicationHistory history) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.outbox = outbox;
        this.history = history;
    }

    /**
     * Files the prepared applications; runs in the consumer's transaction. Services already covered are
     * skipped: those of the reservation's own applications ({@code applicationIds}) and those already
     * prepared for this reservation, so that a repeated request (a new event for the same reservation)
     * files nothing twice and new services join the reservation's submission. An unknown or retired
     * service is logged and skipped (the others are still prepared).
     */
    public Uni<Void> prepare(PreparationRequested request) {
        return Applicant.<Applicant>findById(request.applicantRef())
                .chain(applicant -> Application.<Application>list("reservationId = ?1 order by submittedAt, id",
                        request.reservationId()).chain(prepared -> uncovered(request, prepared).chain(codes -> {
                            UUID submissionId = prepared.isEmpty() ? UUID.randomUUID() : prepared.get(0).submissionId;
                            return Multi.createFrom().iterable(codes)
                                    .onItem().transformToUniAndConcatenate(code -> fileOne(request, applicant, submissionId, code))
                                    .collect().last();
                        })))
                .replaceWithVoid();
    }

    private Uni<Set<String>> uncovered(PreparationRequested request, List<Application> prepared) {
        Set<String> codes = new LinkedHashSet<>(request.serviceCodes());
        prepared.forEach(application -> codes.remove(application.serviceCode));
        List<UUID> filed = request.applicationIds() == null ? List.of() : request.applicationIds();
        if (filed.isEmpty()) {
            return Uni.createFrom().item(codes);
        }
        return Application.<Application>list("id in ?1", filed).map(existing -> {
            existing.forEach(application -> codes.remove(application.serviceCode));
            return codes;
        });
    }

    private Uni<Void> fileOne(PreparationRequested request, Applicant applicant, UUID submissionId, String code) {
        return catalogue.forFiling(code)
                .chain(service -> calendar.dueDate(Instant.now(), service.processingDays)
                        .chain(due -> persist(request, applicant, submissionId, service, due)))
                .onFailure(ProblemException.class).recoverWithItem(failure -> {
                    Log.warnf("PreparationRequested %s: service %s skipped (%s)", request.eventId(), code, failure.getMessage());
                    return null;
                })
                .replaceWithVoid();
    }

    private Uni<Application> persist(PreparationRequested request, Applicant applicant, UUID submissionId,
            ServiceDefinition service, LocalDate due) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.submissionId = submissionId;
        application.applicantRef = request.applicantRef();
        application.ownerSubject = null; // no filing account; the applicant's verified accounts see it through their link
        application.serviceCode = service.code;
        application.serviceVersion = service.version;
        application.channel = ApplicationChannel.AGENT;
        application.status = ApplicationStatus.SUBMITTED;
        application.township = applicant == null ? null : applicant.township;
        application.ageBand = applicant == null ? null : applicant.ageBand;
        application.residency = applicant == null ? null : applicant.residency;
        application.submittedBy = Actor.SYSTEM.subject();
        application.submittedAt = Instant.now();
        application.pickupMethod = PickupMethod.COUNTER;
        application.siteId = request.siteId();
        application.compartmentSize = service.compartmentSize;
        application.dueDate = due;
        application.reservationId = request.reservationId();
        return application.<Application>persist()
                .call(saved -> outbox.record(submitted(saved)))
                .call(saved -> history.record(saved, "SUBMIT", null, Actor.SYSTEM, "reservation " + request.reservationId()));
    }

    private static ApplicationSubmittedV2 submitted(Application application) {
        return new ApplicationSubmittedV2(UUID.randomUUID(), application.submittedAt, application.id,
                application.submissionId, application.applicantRef, application.serviceCode, application.channel,
                application.township, application.ageBand, application.residency, application.serviceVersion);
    }
}
