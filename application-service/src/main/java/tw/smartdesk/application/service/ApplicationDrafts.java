package tw.smartdesk.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.application.api.SubmitApplicationRequest.PickupChoice;
import tw.smartdesk.application.api.SubmitApplicationRequest.ProxyDetails;
import tw.smartdesk.application.api.SubmitApplicationRequest;
import tw.smartdesk.application.config.ApplicationConfig;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.application.domain.Masking;
import tw.smartdesk.application.domain.ServiceDefinition;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.events.application.PickupMethod;

/**
 * Turns one service of a checked submission into a new application: the catalogue version, due date,
 * compartment size, pickup and proxy. Smart Desk pickup asked for a service whose documents may not
 * go into a locker becomes counter pickup for that application, and the history says so.
 */
@ApplicationScoped
public class ApplicationDrafts {

    private final ApplicantCrypto crypto;
    private final ApplicationConfig config;

    ApplicationDrafts(ApplicantCrypto crypto, ApplicationConfig config) {
        this.crypto = crypto;
        this.config = config;
    }

    /**
     * An application not yet saved, and the non-personal note its first history entry carries.
     */
    public record Draft(Application application, String note) {
    }

    /**
     * @param registration the applicant (whose stored township, age band and residency the application
     *     keeps) and the account that owns the application
     */
    public Draft draft(SubmitApplicationRequest request, ServiceDefinition service, ApplicantRegistry.Registration registration,
            Actor actor, UUID submissionId, Instant submittedAt, LocalDate dueDate) {
        List<String> notes = new ArrayList<>();
        Applicant applicant = registration.applicant();
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.submissionId = submissionId;
        application.applicantRef = applicant.applicantRef;
        application.ownerSubject = registration.ownerSubject();
        application.serviceCode = service.code;
        application.serviceVersion = service.version;
        application.channel = request.channel();
        application.status = ApplicationStatus.SUBMITTED;
        application.township = applicant.township;
        application.ageBand = applicant.ageBand;
        application.residency = applicant.residency;
        application.submittedBy = actor.subject();
        application.submittedAt = submittedAt;
        application.updatedAt = submittedAt;
        application.dueDate = dueDate;
        application.compartmentSize = service.compartmentSize;
        pickup(application, request.pickup(), service, notes);
        proxy(application, request.proxy(), notes);
        return new Draft(application, notes.isEmpty() ? null : String.join("; ", notes));
    }

    private void pickup(Application application, PickupChoice choice, ServiceDefinition service, List<String> notes) {
        PickupMethod wanted = choice == null ? PickupMethod.SMART_DESK : choice.method();
        application.siteId = choice == null || choice.siteId() == null ? config.defaultPickupSite() : choice.siteId();
        application.pickupMethod = wanted;
        if (wanted == PickupMethod.SMART_DESK && !service.smartDeskPickup) {
            application.pickupMethod = PickupMethod.COUNTER;
            if (choice != null) {
                notes.add("pickup COUNTER: " + service.code + " has no Smart Desk pickup");
            }
        }
    }

    private void proxy(Application application, ProxyDetails proxy, List<String> notes) {
        if (proxy == null) {
            return;
        }
        application.proxyNameEncrypted = crypto.seal(SealedColumn.APPLICATION_PROXY_NAME, application.id, proxy.name().strip());
        application.proxyRelationship = proxy.relationship().strip();
        application.proxyIdMasked = Masking.nationalId(proxy.nationalId());
        application.proxyLetterRef = proxy.authorisationLetterRef().strip();
        notes.add("by proxy (" + application.proxyRelationship + "), letter " + application.proxyLetterRef);
    }
}
