package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.application.api.ApplicationView;
import tw.smartdesk.application.api.SubmitApplicationRequest;
import tw.smartdesk.application.config.ApplicationConfig;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.ApplicantRefs;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.domain.ChannelPolicy;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.outbox.Outbox;

/** Files applications: the row, its {@code ApplicationSubmitted} event and the stored response commit together. */
@ApplicationScoped
public class ApplicationSubmissions {

    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;
    private final ApplicantRefs applicantRefs;
    private final ApplicationHistory history;

    ApplicationSubmissions(Outbox outbox, IdempotentRequests idempotentRequests, ApplicationConfig config,
            ApplicationHistory history) {
        this.outbox = outbox;
        this.history = history;
        this.idempotentRequests = idempotentRequests;
        this.applicantRefs = new ApplicantRefs(config.applicantRefKey());
    }

    @WithTransaction
    public Uni<Response> submit(SubmitApplicationRequest request, Caller caller, String idempotencyKey) {
        String owner = ChannelPolicy.ownerOf(caller, request.channel(), request.onBehalfOf());
        return idempotentRequests.execute(idempotencyKey, caller.subject() + " POST /applications", request,
                Response.Status.CREATED.getStatusCode(), () -> file(request, caller, owner));
    }

    private Uni<ApplicationView> file(SubmitApplicationRequest request, Caller caller, String owner) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.submissionId = UUID.randomUUID();
        application.applicantRef = applicantRefs.of(owner);
        application.ownerSubject = owner;
        application.serviceCode = request.serviceCode();
        application.channel = request.channel();
        application.status = ApplicationStatus.SUBMITTED;
        application.township = request.township();
        application.ageBand = request.ageBand();
        application.residency = request.residency();
        application.submittedBy = caller.subject();
        application.submittedAt = Instant.now();
        return application.<Application>persist()
                .call(saved -> outbox.record(submitted(saved)))
                .call(saved -> history.record(saved, "SUBMIT", null, Actor.of(caller), null))
                .map(ApplicationView::of);
    }

    private static ApplicationSubmitted submitted(Application application) {
        return new ApplicationSubmitted(UUID.randomUUID(), application.submittedAt, application.id,
                application.submissionId, application.applicantRef, application.serviceCode, application.channel,
                application.township, application.ageBand, application.residency);
    }
}
