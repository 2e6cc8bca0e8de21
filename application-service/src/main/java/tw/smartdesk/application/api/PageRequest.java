package tw.smartdesk.application.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;

/**
 * The checked paging and sorting of a list request: {@code page} (0-based), {@code size} (default 20,
 * at most 100) and {@code sort} as {@code field} or {@code field,asc|desc} on one of the list's
 * sortable fields. Anything else is a 400 naming every broken parameter.
 *
 * @param sortField the API name of the field to sort by
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * @param sortable the field names the list may be sorted by
     * @param defaultSort used when {@code sort} is absent, e.g. {@code dueDate,asc}
     */
    public static PageRequest of(Integer page, Integer size, String sort, Set<String> sortable, String defaultSort) {
        List<Problem.Violation> violations = new ArrayList<>();
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageNumber < 0) {
            violations.add(new Problem.Violation("page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            violations.add(new Problem.Violation("size", "must be between 1 and " + MAX_SIZE));
        }
        String[] parts = (sort == null || sort.isBlank() ? defaultSort : sort).split(",", -1);
        String field = parts[0].trim();
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (parts.length > 2 || !sortable.contains(field) || !(direction.equals("asc") || direction.equals("desc"))) {
            violations.add(new Problem.Violation("sort",
                    "must be <field>[,asc|desc] with field one of " + sortable.stream().sorted().toList()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest("Paging or sorting is not valid", violations);
        }
        return new PageRequest(pageNumber, pageSize, field, direction.equals("asc"));
    }
}
