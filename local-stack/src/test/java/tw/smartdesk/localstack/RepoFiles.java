package tw.smartdesk.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Files of the checkout the tests compare the launcher with (the build passes the root as smartdesk.repo.root). */
final class RepoFiles {

    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{(SMARTDESK_[A-Z0-9_]+)}");
    private static final Pattern DATABASE_AT_END = Pattern.compile("/([A-Za-z0-9_]+)$");

    private RepoFiles() {
    }

    static Path root() {
        return Path.of(System.getProperty("smartdesk.repo.root", "..")).toAbsolutePath().normalize();
    }

    static Path applicationProperties(StackService service) {
        return root().resolve(service.module()).resolve("src/main/resources/application.properties");
    }

    /** The defaults every service shares (service-platform), read by each service after its own file. */
    static Path platformProperties() {
        return root().resolve("service-platform/src/main/resources/META-INF/microprofile-config.properties");
    }

    static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The default of a {@code ${VARIABLE:default}} value, or the value itself when it is no expression. */
    static String defaultOf(String value) {
        Matcher matcher = Pattern.compile("^\\$\\{[A-Z0-9_]+:([^}]*)}$").matcher(value == null ? "" : value.trim());
        return matcher.matches() ? matcher.group(1) : value;
    }

    /** The database name at the end of a datasource URL ({@code postgresql://host:port/<name>}). */
    static String databaseOf(String url) {
        Matcher matcher = DATABASE_AT_END.matcher(url == null ? "" : url.trim());
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The {@code SMARTDESK_*} variables a properties file needs because it gives them no default. */
    static Set<String> requiredVariables(Path file) {
        try {
            Matcher matcher = REQUIRED_VARIABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            Set<String> names = new TreeSet<>();
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root pom's {@code kafka.version}. */
    static String kafkaVersion() {
        try {
            Matcher matcher = Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(Files.readString(root().resolve("pom.xml")));
            return matcher.find() ? matcher.group(1).trim() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
