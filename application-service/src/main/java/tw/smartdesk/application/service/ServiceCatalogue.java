package tw.smartdesk.application.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tw.smartdesk.application.api.ServiceView;
import tw.smartdesk.application.domain.RequiredDocument;
import tw.smartdesk.application.domain.RequiredField;
import tw.smartdesk.application.domain.ServiceDefinition;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;

/** The service catalogue as filing sees it: the current version of a service and its form rules. */
@ApplicationScoped
public class ServiceCatalogue {

    private static final TypeReference<List<RequiredField>> FIELDS = new TypeReference<>() {
    };
    private static final TypeReference<List<RequiredDocument>> DOCUMENTS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final CurrentServices currentServices;
    /** Required fields per version, parsed once: a version never changes. */
    private final Map<ServiceDefinition.Key, List<RequiredField>> fieldsByVersion = new ConcurrentHashMap<>();

    ServiceCatalogue(ObjectMapper json, CurrentServices currentServices) {
        this.json = json;
        this.currentServices = currentServices;
    }

    /**
     * The version new applications are filed under (from {@link CurrentServices}): 404 for an unknown code,
     * 422 for a retired service.
     */
    public Uni<ServiceDefinition> forFiling(String code) {
        return currentServices.find(code)
                .map(definition -> {
                    if (definition == null) {
                        throw ProblemException.notFound("Service", code);
                    }
                    if (definition.retired) {
                        throw ProblemException.ruleBroken("service-retired", "Service retired",
                                "Service " + code + " is no longer offered");
                    }
                    return definition;
                });
    }

    public List<RequiredField> requiredFields(ServiceDefinition definition) {
        return fieldsByVersion.computeIfAbsent(new ServiceDefinition.Key(definition.code, definition.version), key -> {
            try {
                return List.copyOf(json.readValue(definition.requiredFields, FIELDS));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Catalogue entry " + definition.code + " has unreadable required fields", e);
            }
        });
    }

    /**
     * Every rule the given field values break, with paths {@code <prefix>.<field name>}: missing
     * required fields, values that do not match the pattern, and fields the service does not know.
     */
    public List<Problem.Violation> violations(ServiceDefinition definition, Map<String, String> values, String prefix) {
        Map<String, String> given = values == null ? Map.of() : values;
        List<RequiredField> fields = requiredFields(definition);
        List<Problem.Violation> violations = new ArrayList<>();
        for (RequiredField field : fields) {
            String value = given.get(field.name());
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    violations.add(new Problem.Violation(prefix + "." + field.name(), "required by " + definition.code));
                }
            } else if (field.pattern() != null && !value.matches(field.pattern())) {
                violations.add(new Problem.Violation(prefix + "." + field.name(), "must match " + field.pattern()));
            }
        }
        given.keySet().stream()
                .filter(name -> fields.stream().noneMatch(field -> field.name().equals(name)))
                .sorted()
                .forEach(name -> violations.add(new Problem.Violation(prefix + "." + name, "not a field of " + definition.code)));
        return violations;
    }

    /** The current version of a service, retired or not: 404 for an unknown code. */
    @WithSession
    public Uni<ServiceDefinition> current(String code) {
        return ServiceDefinition.<ServiceDefinition>find("code = ?1 and current = true", code).firstResult()
                .map(definition -> {
                    if (definition == null) {
                        throw ProblemException.notFound("Service", code);
                    }
                    return definition;
                });
    }

    /** One version of a service, e.g. the one an application was filed under: 404 if there is none. */
    @WithSession
    public Uni<ServiceDefinition> version(String code, int version) {
        return ServiceDefinition.<ServiceDefinition>findById(new ServiceDefinition.Key(code, version))
                .map(definition -> {
                    if (definition == null) {
                        throw ProblemException.notFound("Service version", code + " v" + version);
                    }
                    return definition;
                });
    }

    public List<RequiredDocument> requiredDocuments(ServiceDefinition definition) {
        try {
            return json.readValue(definition.requiredDocuments, DOCUMENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Catalogue entry " + definition.code + " has unreadable required documents", e);
        }
    }

    /** The entry as the API shows it; {@code withAudit} adds who made the version (for admins). */
    public ServiceView view(ServiceDefinition definition, boolean withAudit) {
        return ServiceView.of(definition, requiredFields(definition), requiredDocuments(definition), withAudit);
    }
}
