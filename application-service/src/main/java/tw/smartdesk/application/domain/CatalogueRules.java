package tw.smartdesk.application.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tw.smartdesk.platform.http.Problem;

/**
 * The shape rules of a catalogue entry's form fields and documents: every field has a camelCase
 * name (unique), a label and, if it has a pattern, one that compiles; every document has an
 * upper-case code (unique) and a label.
 */
public final class CatalogueRules {

    /** Service codes: two to four letters, a dash, three digits (e.g. {@code LR-003}). */
    public static final String CODE_PATTERN = "[A-Z]{2,4}-[0-9]{3}";

    static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
    static final Pattern DOCUMENT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final int MAX_LABEL = 200;
    static final int MAX_PATTERN = 500;

    private CatalogueRules() {
    }

    /** Every rule the fields break, with paths such as {@code requiredFields[2].pattern}. */
    public static List<Problem.Violation> fieldViolations(List<RequiredField> fields) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; fields != null && i < fields.size(); i++) {
            String path = "requiredFields[" + i + "]";
            RequiredField field = fields.get(i);
            if (field == null) {
                violations.add(new Problem.Violation(path, "must not be null"));
                continue;
            }
            if (field.name() == null || !FIELD_NAME.matcher(field.name()).matches()) {
                violations.add(new Problem.Violation(path + ".name", "must be camelCase letters and digits, at most 40"));
            } else if (!names.add(field.name())) {
                violations.add(new Problem.Violation(path + ".name", "appears more than once"));
            }
            checkLabel(field.label(), path, violations);
            String pattern = field.pattern();
            if (pattern != null && (pattern.isEmpty() || pattern.length() > MAX_PATTERN || !compiles(pattern))) {
                violations.add(new Problem.Violation(path + ".pattern", "must be a valid regular expression of at most " + MAX_PATTERN + " characters"));
            }
        }
        return violations;
    }

    /** Every rule the documents break, with paths such as {@code requiredDocuments[0].code}. */
    public static List<Problem.Violation> documentViolations(List<RequiredDocument> documents) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; documents != null && i < documents.size(); i++) {
            String path = "requiredDocuments[" + i + "]";
            RequiredDocument document = documents.get(i);
            if (document == null) {
                violations.add(new Problem.Violation(path, "must not be null"));
                continue;
            }
            if (document.code() == null || !DOCUMENT_CODE.matcher(document.code()).matches()) {
                violations.add(new Problem.Violation(path + ".code", "must look like PROXY_LETTER"));
            } else if (!codes.add(document.code())) {
                violations.add(new Problem.Violation(path + ".code", "appears more than once"));
            }
            checkLabel(document.label(), path, violations);
        }
        return violations;
    }

    private static void checkLabel(String label, String path, List<Problem.Violation> violations) {
        if (label == null || label.isBlank() || label.length() > MAX_LABEL) {
            violations.add(new Problem.Violation(path + ".label", "must not be blank and at most " + MAX_LABEL + " characters"));
        }
    }

    private static boolean compiles(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
