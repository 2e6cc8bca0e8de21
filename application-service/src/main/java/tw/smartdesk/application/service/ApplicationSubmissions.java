package tw.smartdesk.application.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tw.smartdesk.application.api.ApplicationView;
import tw.smartdesk.application.api.SubmissionView;
import tw.smartdesk.application.api.SubmitApplicationRequest.ApplicantDetails;
import tw.smartdesk.application.api.SubmitApplicationRequest.ProxyDetails;
import tw.smartdesk.application.api.SubmitApplicationRequest;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.AgeBands;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.ApplicantProfile;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.domain.ContactDetails;
import tw.smartdesk.application.domain.Masking;
import tw.smartdesk.application.domain.NationalIds;
import tw.smartdesk.application.domain.ServiceDefinition;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.outbox.Outbox;

/**
 * Files submissions: after {@link SubmissionChecks}, the applicant is found or registered
 * ({@link ApplicantRegistry}, which also says which account owns the applications), then each service becomes its own application with its form values,
 * its {@code ApplicationSubmitted} event and its first history entry. All of it, and the stored
 * response of an {@code Idempotency-Key}, commits in one transaction.
 */
@ApplicationScoped
public class ApplicationSubmissions {

    private final IdempotentRequests idempotentRequests;
    private final SubmissionChecks checks;
    private final ApplicantRegistry registry;
    private final ApplicationDrafts drafts;
    private final ApplicationForms forms;
    private final WorkingDayCalendar calendar;
    private final Outbox outbox;
    private final ApplicationHistory history;
    private final FilingContacts filingContacts;

    ApplicationSubmissions(IdempotentRequests idempotentRequests, SubmissionChecks checks, ApplicantRegistry registry,
            ApplicationDrafts drafts, ApplicationForms forms, WorkingDayCalendar calendar, Outbox outbox,
            ApplicationHistory history, FilingContacts filingContacts) {
        this.idempotentRequests = idempotentRequests;
        this.checks = checks;
        this.registry = registry;
        this.drafts = drafts;
        this.forms = forms;
        this.calendar = calendar;
        this.outbox = outbox;
        this.history = history;
        this.filingContacts = filingContacts;
    }

    /**
     * Answers 201 with the {@link SubmissionView}; a repeat with the same key and body gets the first answer. The
     * transaction is {@link IdempotentRequests}'s: it opens it after looking the key up.
     */
    public Uni<Response> submit(SubmitApplicationRequest request, Caller caller, String idempotencyKey) {
        return idempotentRequests.execute(idempotencyKey, caller.subject() + " POST /applications", request,
                Response.Status.CREATED.getStatusCode(), () -> file(request, caller));
    }

    private Uni<SubmissionView> file(SubmitApplicationRequest request, Caller caller) {
        return checks.check(request, caller).chain(accepted -> {
            ApplicantProfile profile = profileOf(request.applicant());
            return registry.register(profile, filerOf(request, caller, accepted))
                    .chain(registration -> fileEach(request, accepted.services(), registration, Actor.of(caller))
                            .call(applications -> registration.contactsStored() ? Uni.createFrom().voidItem()
                                    : filingContacts.save(applications.get(0).submissionId,
                                            registration.applicant().applicantRef, profile.contact()))
                            .map(applications -> view(request, registration.applicant(), applications, caller)));
        });
    }

    private static ApplicantRegistry.Filer filerOf(SubmitApplicationRequest request, Caller caller,
            SubmissionChecks.Accepted accepted) {
        return new ApplicantRegistry.Filer(Actor.of(caller), request.channel(), accepted.accountSubject(),
                caller.verifiedIdHashes(), request.proxy() != null);
    }

    private Uni<List<Application>> fileEach(SubmitApplicationRequest request, List<ServiceDefinition> services,
            ApplicantRegistry.Registration registration, Actor actor) {
        UUID submissionId = UUID.randomUUID();
        Instant submittedAt = Instant.now();
        Uni<List<Application>> filed = Uni.createFrom().item(new ArrayList<>());
        for (int i = 0; i < services.size(); i++) {
            ServiceDefinition service = services.get(i);
            Map<String, String> fields = request.services().get(i).fields();
            filed = filed.chain(applications -> calendar.dueDate(submittedAt, service.processingDays)
                    .chain(due -> fileOne(drafts.draft(request, service, registration, actor, submissionId, submittedAt, due), fields, actor))
                    .map(application -> {
                        applications.add(application);
                        return applications;
                    }));
        }
        return filed;
    }

    private Uni<Application> fileOne(ApplicationDrafts.Draft draft, Map<String, String> fields, Actor actor) {
        return draft.application().<Application>persist()
                .call(saved -> forms.save(saved.id, fields))
                .call(saved -> outbox.record(submitted(saved)))
                .call(saved -> history.record(saved, "SUBMIT", null, actor, draft.note()));
    }

    private static ApplicantProfile profileOf(ApplicantDetails details) {
        ContactDetails contact = new ContactDetails(ContactDetails.phoneE164(details.phone()), blankToNull(details.email()),
                blankToNull(details.lineId()), details.locale(), details.channelPreferences());
        return new ApplicantProfile(NationalIds.normalise(details.nationalId()), details.name().strip(), details.birthDate(),
                AgeBands.of(details.birthDate(), WorkingDayCalendar.today()), details.township(),
                details.residency(), contact);
    }

    /**
     * The answer. The {@code applicantRef} goes to staff only: a citizen may have filed under someone else's
     * ID number, and the reference would tell them which pseudonym that person has on public topics.
     */
    private static SubmissionView view(SubmitApplicationRequest request, Applicant applicant, List<Application> applications,
            Caller caller) {
        ApplicantDetails details = request.applicant();
        ProxyDetails proxy = request.proxy();
        return new SubmissionView(applications.get(0).submissionId,
                SubmissionView.ApplicantSummary.shownTo(caller, applicant.applicantRef,
                        Masking.nationalId(details.nationalId()), Masking.name(details.name())),
                proxy == null ? null : new SubmissionView.ProxySummary(Masking.name(proxy.name()), proxy.relationship(),
                        Masking.nationalId(proxy.nationalId()), proxy.authorisationLetterRef()),
                applications.stream().map(ApplicationView::of).toList());
    }

    private static ApplicationSubmittedV2 submitted(Application application) {
        return new ApplicationSubmittedV2(UUID.randomUUID(), application.submittedAt, application.id,
                application.submissionId, application.applicantRef, application.serviceCode, application.channel,
                application.township, application.ageBand, application.residency, application.serviceVersion);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
