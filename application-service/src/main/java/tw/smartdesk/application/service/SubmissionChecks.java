package tw.smartdesk.application.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tw.smartdesk.application.api.SubmitApplicationRequest;
import tw.smartdesk.application.api.SubmitApplicationRequest.ApplicantDetails;
import tw.smartdesk.application.api.SubmitApplicationRequest.RequestedService;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.domain.ChannelPolicy;
import tw.smartdesk.application.domain.NationalIds;
import tw.smartdesk.application.domain.ServiceDefinition;
import tw.smartdesk.events.notification.DeliveryChannel;
import tw.smartdesk.platform.http.Problem.Violation;
import tw.smartdesk.platform.http.ProblemException;

/**
 * Everything a submission must satisfy before anything is written, answered in this order:
 * 400 listing every broken rule at once (the request's shape, ID check digits, channel preferences
 * without a contact, a service listed twice, each known service's own form fields), then 404 for an
 * unknown service, then 422 for a retired service, a channel the caller's role may not use, or a
 * proxy for a service that must be applied for in person.
 */
@ApplicationScoped
public class SubmissionChecks {

    private final Validator validator;
    private final ServiceCatalogue catalogue;

    SubmissionChecks(Validator validator, ServiceCatalogue catalogue) {
        this.validator = validator;
        this.catalogue = catalogue;
    }

    /**
     * A submission that passed every check: the catalogue versions to file under, in request order,
     * and the citizen account filing for itself (null for staff channels), see {@link ChannelPolicy}.
     */
    public record Accepted(List<ServiceDefinition> services, String accountSubject) {
    }

    /** Where a service code led: its current version, or the 404 / 422 it gave. */
    private record Lookup(ServiceDefinition definition, ProblemException failure) {
    }

    public Uni<Accepted> check(SubmitApplicationRequest request, Caller caller) {
        List<Violation> violations = new ArrayList<>();
        validator.validate(request).forEach(broken ->
                violations.add(new Violation(broken.getPropertyPath().toString(), broken.getMessage())));
        List<RequestedService> services = request.services() == null ? List.of() : request.services();
        violations.addAll(identityViolations(request));
        violations.addAll(duplicateServices(services));
        return lookUp(services).map(lookups -> {
            violations.addAll(fieldViolations(services, lookups));
            if (!violations.isEmpty()) {
                violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
                throw ProblemException.badRequest(violations.size() + " rule(s) broken", violations);
            }
            lookups.stream().map(Lookup::failure).filter(Objects::nonNull).findFirst().ifPresent(failure -> {
                throw failure;
            });
            List<ServiceDefinition> definitions = lookups.stream().map(Lookup::definition).toList();
            String account = ChannelPolicy.accountSubject(caller, request.channel());
            requireProxyAllowed(request, definitions);
            return new Accepted(definitions, account);
        });
    }

    /** Each known service's own form rules, at {@code services[i].fields.<name>}. */
    private List<Violation> fieldViolations(List<RequestedService> services, List<Lookup> lookups) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < lookups.size(); i++) {
            ServiceDefinition definition = lookups.get(i).definition();
            if (definition != null) {
                violations.addAll(catalogue.violations(definition, services.get(i).fields(), "services[" + i + "].fields"));
            }
        }
        return violations;
    }

    private static List<Violation> identityViolations(SubmitApplicationRequest request) {
        List<Violation> violations = new ArrayList<>();
        ApplicantDetails applicant = request.applicant();
        if (applicant != null) {
            idNumberProblem("applicant.nationalId", applicant.nationalId(), violations);
            violations.addAll(unreachablePreferences(applicant));
        }
        if (request.proxy() != null) {
            idNumberProblem("proxy.nationalId", request.proxy().nationalId(), violations);
            if (applicant != null && NationalIds.isValid(applicant.nationalId())
                    && Objects.equals(NationalIds.normalise(applicant.nationalId()), NationalIds.normalise(request.proxy().nationalId()))) {
                violations.add(new Violation("proxy.nationalId", "the proxy cannot be the applicant"));
            }
        }
        return violations;
    }

    private static void idNumberProblem(String field, String value, List<Violation> violations) {
        if (value != null && !value.isBlank()) {
            NationalIds.problem(value).ifPresent(problem -> violations.add(new Violation(field, problem)));
        }
    }

    /** A preferred channel needs its contact in the same submission: SMS a phone, EMAIL an e-mail, LINE a LINE id. */
    private static List<Violation> unreachablePreferences(ApplicantDetails applicant) {
        List<Violation> violations = new ArrayList<>();
        List<DeliveryChannel> preferences = applicant.channelPreferences() == null ? List.of() : applicant.channelPreferences();
        for (int i = 0; i < preferences.size(); i++) {
            DeliveryChannel channel = preferences.get(i);
            String field = "applicant.channelPreferences[" + i + "]";
            if (channel != null && preferences.indexOf(channel) < i) {
                violations.add(new Violation(field, channel + " is listed twice"));
            }
            String needed = channel == null ? null : switch (channel) {
                case SMS -> applicant.phone() == null ? "phone" : null;
                case EMAIL -> applicant.email() == null ? "email" : null;
                case LINE -> applicant.lineId() == null ? "lineId" : null;
                case INBOX -> null;
            };
            if (needed != null) {
                violations.add(new Violation(field, channel + " needs applicant." + needed));
            }
        }
        return violations;
    }

    private static List<Violation> duplicateServices(List<RequestedService> services) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            String code = services.get(i) == null ? null : services.get(i).serviceCode();
            if (code == null) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(code, i);
            if (first != null) {
                violations.add(new Violation("services[" + i + "].serviceCode", code + " is already services[" + first + "]"));
            }
        }
        return violations;
    }

    /** Looks up every well-formed code, one after the other (one database session), in request order. */
    private Uni<List<Lookup>> lookUp(List<RequestedService> services) {
        Uni<List<Lookup>> lookups = Uni.createFrom().item(new ArrayList<>());
        for (RequestedService service : services) {
            lookups = lookups.chain(found -> lookUp(service).map(lookup -> {
                found.add(lookup);
                return found;
            }));
        }
        return lookups;
    }

    private Uni<Lookup> lookUp(RequestedService service) {
        if (service == null || service.serviceCode() == null || !service.serviceCode().matches(RequestedService.CODE_FORMAT)) {
            return Uni.createFrom().item(new Lookup(null, null));
        }
        return catalogue.forFiling(service.serviceCode())
                .map(definition -> new Lookup(definition, null))
                .onFailure(ProblemException.class).recoverWithItem(failure -> new Lookup(null, (ProblemException) failure));
    }

    private static void requireProxyAllowed(SubmitApplicationRequest request, List<ServiceDefinition> definitions) {
        if (request.proxy() == null) {
            return;
        }
        List<String> inPersonOnly = definitions.stream().filter(definition -> !definition.proxyAllowed)
                .map(definition -> definition.code).toList();
        if (!inPersonOnly.isEmpty()) {
            throw ProblemException.ruleBroken("proxy-not-allowed", "Proxy not allowed",
                    "These services must be applied for by the applicant in person: " + String.join(", ", inPersonOnly));
        }
    }
}
