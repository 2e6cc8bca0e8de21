package tw.smartdesk.application.service;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a catalogue list asks for: the current version of each service, optionally only one
 * department, only Smart Desk (or counter-only) services, and names containing a text in either
 * language (case-insensitive). Retired services are left out unless asked for.
 *
 * @param department exact department name, or null for all
 * @param smartDeskPickup true or false to filter, null for both
 * @param text searched in the zh-TW and en names, or null/blank for no search
 */
public record CatalogueFilter(String department, Boolean smartDeskPickup, String text, boolean includeRetired) {

    /** The HQL condition over {@code ServiceDefinition}, with named parameters. */
    public String where() {
        List<String> conditions = new ArrayList<>(List.of("current = true"));
        if (!includeRetired) {
            conditions.add("retired = false");
        }
        if (department != null) {
            conditions.add("department = :department");
        }
        if (smartDeskPickup != null) {
            conditions.add("smartDeskPickup = :smartDeskPickup");
        }
        if (hasText()) {
            conditions.add("(lower(nameZh) like :text escape '!' or lower(nameEn) like :text escape '!')");
        }
        return String.join(" and ", conditions);
    }

    public Parameters parameters() {
        Parameters parameters = new Parameters();
        if (department != null) {
            parameters.and("department", department);
        }
        if (smartDeskPickup != null) {
            parameters.and("smartDeskPickup", smartDeskPickup);
        }
        if (hasText()) {
            parameters.and("text", likePattern(text));
        }
        return parameters;
    }

    /** {@code 50%_off!} becomes {@code %50!%!_off!!%}: the text is matched literally, anywhere in the name. */
    static String likePattern(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private boolean hasText() {
        return text != null && !text.isBlank();
    }
}
