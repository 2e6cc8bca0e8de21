package tw.smartdesk.platform.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checked paging and sorting of a list request, the same on every list endpoint of every service:
 * {@code page} (0-based, at most {@value #MAX_PAGE}), {@code size} (default {@value #DEFAULT_SIZE}, 1 to
 * {@value #MAX_SIZE}) and {@code sort} as {@code field} or {@code field,asc|desc} on one of the list's
 * sortable fields. The parameters arrive as text, so that a non-number or a number too large for an
 * {@code int} is a 400 like any other out-of-range value (JAX-RS would answer 404 for a query parameter it
 * cannot convert). Anything wrong is a 400 naming every broken parameter; the bounds keep
 * {@link #firstResult()} far from overflowing.
 *
 * @param page 0-based page number
 * @param size entries per page
 * @param sortField the API name of the field to sort by
 * @param ascending the sort direction
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deepest page: with {@link #MAX_SIZE} the first result stays at most one million rows in. */
    public static final int MAX_PAGE = 10_000;

    /** Digits only (a sign allowed), at most ten: anything longer is out of range whatever it says. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,10}");

    /**
     * @param page the {@code page} query parameter as sent, or null
     * @param size the {@code size} query parameter as sent, or null
     * @param sort the {@code sort} query parameter as sent, or null
     * @param sortable the field names the list may be sorted by
     * @param defaultSort used when {@code sort} is absent, e.g. {@code dueDate,asc}
     * @throws ProblemException 400 with one violation per broken parameter
     */
    public static PageRequest of(String page, String size, String sort, Set<String> sortable, String defaultSort) {
        List<Problem.Violation> violations = new ArrayList<>();
        int pageNumber = bounded("page", page, 0, 0, MAX_PAGE, violations);
        int pageSize = bounded("size", size, DEFAULT_SIZE, 1, MAX_SIZE, violations);
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

    /** Index of this page's first entry over the whole list (at most {@code MAX_PAGE * MAX_SIZE}). */
    public int firstResult() {
        return page * size;
    }

    private static int bounded(String name, String text, int absent, int min, int max, List<Problem.Violation> violations) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        String trimmed = text.trim();
        if (WHOLE_NUMBER.matcher(trimmed).matches()) {
            long value = Long.parseLong(trimmed);
            if (value >= min && value <= max) {
                return (int) value;
            }
        }
        violations.add(new Problem.Violation(name, "must be a whole number from " + min + " to " + max));
        return absent;
    }
}
