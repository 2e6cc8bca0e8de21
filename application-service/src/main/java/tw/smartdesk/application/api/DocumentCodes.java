package tw.smartdesk.application.api;

import java.util.LinkedHashSet;
import java.util.List;

/** Codes of supporting documents, such as {@code HOUSEHOLD_TRANSCRIPT}, as requests and events carry them. */
final class DocumentCodes {

    static final String PATTERN = "[A-Z][A-Z0-9_-]{1,39}";
    static final String MESSAGE = "must look like HOUSEHOLD_TRANSCRIPT";

    private DocumentCodes() {
    }

    /** The codes in their first order, each once. */
    static List<String> distinct(List<String> codes) {
        return List.copyOf(new LinkedHashSet<>(codes));
    }
}
