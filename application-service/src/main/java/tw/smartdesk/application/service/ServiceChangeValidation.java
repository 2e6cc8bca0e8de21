package tw.smartdesk.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tw.smartdesk.application.api.ServiceChangeRequest;
import tw.smartdesk.application.domain.CatalogueRules;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;

/**
 * Checks an admin's catalogue change in one pass, so that the 400 lists every broken rule: the
 * request's own constraints, the code (required to create, equal to the path to change) and the
 * shape of the required fields and documents.
 */
@ApplicationScoped
public class ServiceChangeValidation {

    private final Validator validator;

    ServiceChangeValidation(Validator validator) {
        this.validator = validator;
    }

    /**
     * @param pathCode the service the path names when changing; null when creating
     * @throws ProblemException 400 with every violation
     */
    public void check(ServiceChangeRequest request, String pathCode) {
        if (request == null) {
            throw ProblemException.badRequest("A request body is required", List.of(new Problem.Violation("body", "must not be empty")));
        }
        List<Problem.Violation> violations = new ArrayList<>();
        validator.validate(request).forEach(violation ->
                violations.add(new Problem.Violation(violation.getPropertyPath().toString(), violation.getMessage())));
        if (pathCode == null && request.code() == null) {
            violations.add(new Problem.Violation("code", "must not be null"));
        }
        if (pathCode != null && request.code() != null && !request.code().equals(pathCode)) {
            violations.add(new Problem.Violation("code", "must be left out or equal " + pathCode));
        }
        violations.addAll(CatalogueRules.fieldViolations(request.requiredFields()));
        violations.addAll(CatalogueRules.documentViolations(request.requiredDocuments()));
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message));
            throw ProblemException.badRequest(violations.size() + " rule(s) broken", violations);
        }
    }
}
