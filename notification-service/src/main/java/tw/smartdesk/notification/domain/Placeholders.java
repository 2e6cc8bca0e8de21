package tw.smartdesk.notification.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@code {name}} placeholders of a template text (Qute's expression syntax, names only). */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private Placeholders() {
    }

    /** The distinct placeholder names of the texts, in order of first appearance. */
    public static List<String> in(String... texts) {
        Set<String> names = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return List.copyOf(names);
    }
}
