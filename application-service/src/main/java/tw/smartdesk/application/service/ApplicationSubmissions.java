package tw.smartdesk.application.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import tw.smartdesk.application.domain.WorkingDays;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.outbox.Outbox;
import tw.smartdesk.platform.sql.WriteBatch;

/**
 * Files submissions: after {@link SubmissionChecks}, the applicant is found or registered
 * ({@link ApplicantRegistry}, which also says which account owns the applications), then each service becomes its own application with its form values,
 * its {@code ApplicationSubmitted} event and its first history entry. All of it, and the stored
 * response of an {@code Idempotency-Key}, commits in one transaction, written as one pipelined {@link WriteBatch}
 * (see docs/adr/0009-pipelined-write-path.md).
 */
@ApplicationScoped
public class ApplicationSubmissions {

    private static final String INSERT_APPLICATION = """
            insert into application (id, submission_id, applicant_ref, owner_subject, service_code, service_version, channel,
                status, township, age_band, residency, submitted_by, submitted_at, updated_at, due_date, compartment_size,
                pickup_method, site_id, proxy_name_enc, proxy_relationship, proxy_id_masked, proxy_letter_ref, version)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, 0)
            """;

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
     * checks run before the transaction ({@link IdempotentRequests#executeBatched}); in it, one round trip finds (or
     * locks the way for) the applicant and a second sends every row of the filing, the stored answer's included.
     */
    public Uni<Response> submit(SubmitApplicationRequest request, Caller caller, String idempotencyKey) {
        return idempotentRequests.executeBatched(idempotencyKey, caller.subject() + " POST /applications", request,
                Response.Status.CREATED.getStatusCode(),
                () -> checks.check(request, caller).chain(accepted -> calendar.workingDays()
                        .map(days -> new Checked(accepted, days))),
                (checked, connection) -> file(request, caller, checked, connection));
    }

    /** What the checks found: the catalogue versions to file under and the calendar their due dates come from. */
    private record Checked(SubmissionChecks.Accepted accepted, WorkingDays calendar) {
    }

    private Uni<IdempotentRequests.Batched<SubmissionView>> file(SubmitApplicationRequest request, Caller caller,
            Checked checked, SqlConnection connection) {
        ApplicantProfile profile = profileOf(request.applicant());
        WriteBatch writes = new WriteBatch();
        return registry.register(connection, writes, profile, filerOf(request, caller, checked.accepted()))
                .map(registration -> {
                    List<Application> applications = fileEach(writes, request, checked, registration, Actor.of(caller));
                    if (!registration.contactsStored()) {
                        filingContacts.save(writes, applications.get(0).submissionId, registration.applicant().applicantRef,
                                profile.contact());
                    }
                    return new IdempotentRequests.Batched<>(writes,
                            view(request, registration.applicant(), applications, caller));
                });
    }

    private static ApplicantRegistry.Filer filerOf(SubmitApplicationRequest request, Caller caller,
            SubmissionChecks.Accepted accepted) {
        return new ApplicantRegistry.Filer(Actor.of(caller), request.channel(), accepted.accountSubject(),
                caller.verifiedIdHashes(), request.proxy() != null);
    }

    /** Each service as its own application: its row, form values, {@code ApplicationSubmitted} and first history entry. */
    private List<Application> fileEach(WriteBatch writes, SubmitApplicationRequest request, Checked checked,
            ApplicantRegistry.Registration registration, Actor actor) {
        UUID submissionId = UUID.randomUUID();
        Instant submittedAt = Instant.now();
        LocalDate submittedOn = submittedAt.atZone(WorkingDayCalendar.TAIWAN).toLocalDate();
        List<ServiceDefinition> services = checked.accepted().services();
        List<Application> applications = new ArrayList<>(services.size());
        for (int i = 0; i < services.size(); i++) {
            ServiceDefinition service = services.get(i);
            LocalDate due = checked.calendar().add(submittedOn, service.processingDays);
            ApplicationDrafts.Draft draft = drafts.draft(request, service, registration, actor, submissionId, submittedAt, due);
            Application application = draft.application();
            writes.add(INSERT_APPLICATION, application.id, application.submissionId, application.applicantRef,
                    application.ownerSubject, application.serviceCode, application.serviceVersion, application.channel,
                    application.status, application.township, application.ageBand, application.residency,
                    application.submittedBy, application.submittedAt, application.updatedAt, application.dueDate,
                    application.compartmentSize, application.pickupMethod, application.siteId,
                    application.proxyNameEncrypted, application.proxyRelationship, application.proxyIdMasked,
                    application.proxyLetterRef);
            forms.save(writes, application.id, request.services().get(i).fields());
            outbox.record(writes, submitted(application));
            history.recordSubmitted(writes, application, actor, draft.note());
            applications.add(application);
        }
        return applications;
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
