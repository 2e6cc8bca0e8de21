package tw.smartdesk.loadtests;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The services a benchmark submission files, picked from the running stack's own catalogue ({@code GET /services}):
 * current Smart Desk services whose required fields the benchmark can fill with values matching their patterns.
 */
final class Catalogue {

    /** Values tried, in order, for a required field; the first that matches the field's whole pattern is used. */
    private static final List<String> CANDIDATES = List.of("FULL", "1", "LOST", "臺東市博愛路336號", "臺東市", "寶桑段", "0123-0004",
            "Wang Hsiao-ming", "2026-01-01", "A123456789", "ABC-1234", "1234", "0001", "DETAILED", "NEW", "YES", "Y", "TRUE");

    private Catalogue() {
    }

    /** Fillable services in catalogue order (code, then its form fields), from the pages of {@code GET /services}. */
    static Map<String, Map<String, String>> fillable(List<JsonObject> services) {
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        for (JsonObject service : services) {
            if (service.getBoolean("retired", false) || !service.getBoolean("smartDeskPickup", true)) {
                continue;
            }
            form(service.getJsonArray("requiredFields", new JsonArray())).ifPresent(form -> forms.put(service.getString("code"), form));
        }
        return forms;
    }

    /** The values of every required field, or empty if one of them cannot be filled. */
    static Optional<Map<String, String>> form(JsonArray requiredFields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Object item : requiredFields) {
            JsonObject field = (JsonObject) item;
            if (!field.getBoolean("required", false)) {
                continue;
            }
            Optional<String> value = value(field.getString("pattern"));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            form.put(field.getString("name"), value.get());
        }
        return Optional.of(form);
    }

    /** A value for a field with this pattern (any for none): the pattern's first literal alternative, or a candidate. */
    static Optional<String> value(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return Optional.of(CANDIDATES.get(3));
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
        List<String> tries = new ArrayList<>();
        tries.add(pattern.split("\\|")[0]);
        tries.addAll(CANDIDATES);
        return tries.stream().filter(candidate -> compiled.matcher(candidate).matches()).findFirst();
    }

    /** {@code count} services for a submission: those of {@code preferred} that are fillable, then others in catalogue order. */
    static List<String> pick(Map<String, Map<String, String>> fillable, List<String> preferred, int count) {
        List<String> codes = new ArrayList<>();
        for (String code : preferred) {
            if (fillable.containsKey(code) && codes.size() < count) {
                codes.add(code);
            }
        }
        for (String code : fillable.keySet()) {
            if (codes.size() >= count) {
                break;
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        if (codes.size() < count) {
            throw new BenchmarkException("The catalogue has " + fillable.size() + " services the benchmark can fill, "
                    + count + " needed");
        }
        return codes;
    }

    /** The {@code services} array of a submission for these codes, as JSON. */
    static String servicesJson(Map<String, Map<String, String>> fillable, List<String> codes) {
        JsonArray services = new JsonArray();
        for (String code : codes) {
            services.add(new JsonObject().put("serviceCode", code).put("fields", new JsonObject(new LinkedHashMap<>(fillable.get(code)))));
        }
        return services.encode();
    }
}
