package tw.smartdesk.application.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import tw.smartdesk.application.api.ServiceChangeRequest;
import tw.smartdesk.application.api.ServiceView;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.domain.ServiceDefinition;
import tw.smartdesk.events.locker.CompartmentSize;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.http.ProblemException;

/**
 * Admins create, change and retire catalogue services. A change never edits a version: it adds
 * version n+1, moves {@code current} to it and keeps version n readable, recording who made it.
 * Two admins changing a service at once cannot both win: the old version's {@code current} flag is
 * taken with a conditional update (the loser finds it gone) and the (code, version) key backs it up.
 */
@ApplicationScoped
public class CatalogueAdministration {

    private final IdempotentRequests idempotentRequests;
    private final ServiceCatalogue catalogue;
    private final ObjectMapper json;

    CatalogueAdministration(IdempotentRequests idempotentRequests, ServiceCatalogue catalogue, ObjectMapper json) {
        this.idempotentRequests = idempotentRequests;
        this.catalogue = catalogue;
        this.json = json;
    }

    /** Version 1 of a new service; 409 if the code exists. The request must have passed {@link ServiceChangeValidation}. */
    public Uni<Response> create(ServiceChangeRequest request, Caller admin, String idempotencyKey) {
        return idempotentRequests.execute(idempotencyKey, admin.subject() + " POST /services", request,
                Response.Status.CREATED.getStatusCode(), () -> insertFirst(request, admin.subject()));
    }

    /**
     * The next version with the requested terms.
     *
     * @param expectedVersion the version the admin edited (from {@code If-Match}), or null not to check
     */
    public Uni<Response> change(String code, ServiceChangeRequest request, Integer expectedVersion, Caller admin,
            String idempotencyKey) {
        return idempotentRequests.execute(idempotencyKey, admin.subject() + " PUT /services/" + code, request,
                Response.Status.OK.getStatusCode(),
                () -> supersede(code, expectedVersion, admin.subject(), next -> apply(request, next)));
    }

    /** The next version, retired: the service can no longer be filed (422) but every version stays readable. */
    public Uni<Response> retire(String code, Caller admin, String idempotencyKey) {
        return idempotentRequests.execute(idempotencyKey, admin.subject() + " POST /services/" + code + "/retire",
                Map.of("code", code), Response.Status.OK.getStatusCode(),
                () -> supersede(code, null, admin.subject(), next -> next.retired = true));
    }

    private Uni<ServiceView> insertFirst(ServiceChangeRequest request, String admin) {
        return ServiceDefinition.count("code", request.code()).chain(existing -> {
            if (existing > 0) {
                throw exists(request.code());
            }
            ServiceDefinition first = new ServiceDefinition();
            first.code = request.code();
            first.version = 1;
            first.current = true;
            first.changedBy = admin;
            first.changedAt = Instant.now();
            apply(request, first);
            return save(first, () -> exists(request.code()));
        });
    }

    private Uni<ServiceView> supersede(String code, Integer expectedVersion, String admin, Consumer<ServiceDefinition> change) {
        return ServiceDefinition.<ServiceDefinition>find("code = ?1 and current = true", code).firstResult()
                .chain(current -> {
                    if (current == null) {
                        throw ProblemException.notFound("Service", code);
                    }
                    if (current.retired) {
                        throw ProblemException.conflict("service-retired", "Service retired",
                                "Service " + code + " was retired in version " + current.version + " and can no longer be changed");
                    }
                    if (expectedVersion != null && expectedVersion != current.version) {
                        throw ProblemException.conflict("service-version-mismatch", "Service changed meanwhile",
                                "You edited version " + expectedVersion + " of " + code + " but the current version is "
                                        + current.version + "; reload it and try again");
                    }
                    ServiceDefinition next = current.nextVersion(admin);
                    change.accept(next);
                    return ServiceDefinition.update("current = false where code = ?1 and version = ?2 and current = true",
                                    code, current.version)
                            .chain(taken -> taken == 1
                                    ? save(next, () -> concurrentChange(code))
                                    : Uni.createFrom().failure(concurrentChange(code)));
                });
    }

    private Uni<ServiceView> save(ServiceDefinition definition, Supplier<ProblemException> onDuplicate) {
        return definition.<ServiceDefinition>persistAndFlush()
                .onFailure(CatalogueAdministration::isDuplicate).transform(duplicate -> onDuplicate.get())
                .invoke(saved -> Log.infof("Catalogue %s version %d saved by %s (retired=%s)",
                        saved.code, saved.version, saved.changedBy, saved.retired))
                .map(saved -> catalogue.view(saved, true));
    }

    private void apply(ServiceChangeRequest request, ServiceDefinition definition) {
        definition.nameZh = request.nameZh().trim();
        definition.nameEn = request.nameEn().trim();
        definition.department = request.department().trim();
        definition.feeNtd = request.feeNtd();
        definition.processingDays = request.processingDays();
        definition.requiredFields = toJson(request.requiredFields() == null ? List.of() : request.requiredFields());
        definition.requiredDocuments = toJson(request.requiredDocuments() == null ? List.of() : request.requiredDocuments());
        definition.proxyAllowed = request.proxyAllowed();
        definition.compartmentSize = CompartmentSize.valueOf(request.compartmentSize());
        definition.pickupWindowDays = request.pickupWindowDays();
        definition.smartDeskPickup = request.smartDeskPickup();
    }

    private static ProblemException exists(String code) {
        return ProblemException.conflict("service-exists", "Service exists",
                "Service " + code + " exists; change it with PUT /services/" + code);
    }

    private static ProblemException concurrentChange(String code) {
        return ProblemException.conflict("concurrent-change", "Changed by someone else",
                "Another admin changed service " + code + " at the same time; reload it and try again");
    }

    private static boolean isDuplicate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException
                    || String.valueOf(cause.getMessage()).contains("23505")) {
                return true;
            }
        }
        return false;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise catalogue terms", e);
        }
    }
}
