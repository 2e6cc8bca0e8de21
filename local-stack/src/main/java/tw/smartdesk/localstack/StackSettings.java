package tw.smartdesk.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Everything the launcher can be told, each from a system property ({@code -Dsmartdesk.kafka.port=...}) or
 * else an environment variable ({@code SMARTDESK_KAFKA_PORT}), else a default that suits a developer's
 * machine. The database variables are the ones the services read too.
 *
 * @param repoRoot the checkout holding {@code <module>/target/quarkus-app}
 * @param stateDir data, keys and logs kept between runs (default {@code <repo>/.local-stack})
 * @param databaseSuffix appended to every database name (tests keep apart from a developer's data)
 * @param services the services to start, in start order
 * @param readyTimeout how long the broker and each service may take to become ready
 * @param javaOptions extra JVM options for every service ({@code SMARTDESK_JAVA_OPTS})
 */
record StackSettings(Path repoRoot, Path stateDir, DatabaseServer database, String databaseSuffix,
        int kafkaPort, int controllerPort, List<StackService> services, Duration readyTimeout,
        String jwtIssuer, List<String> javaOptions) {

    static final int DEFAULT_KAFKA_PORT = 9092;
    static final String STATE_FOLDER = ".local-stack";

    static StackSettings fromEnvironment() {
        return from(System.getenv(), System.getProperties());
    }

    static StackSettings from(Map<String, String> env, Properties properties) {
        Function<String, String> lookup = key -> {
            String value = properties.getProperty("smartdesk." + key.toLowerCase().replace('_', '.'));
            if (value == null || value.isBlank()) {
                value = env.get("SMARTDESK_" + key);
            }
            return value == null || value.isBlank() ? null : value.trim();
        };
        Path repoRoot = Path.of(or(lookup.apply("REPO_ROOT"), ".")).toAbsolutePath().normalize();
        String state = lookup.apply("STATE_DIR");
        Path stateDir = state == null ? repoRoot.resolve(STATE_FOLDER) : Path.of(state).toAbsolutePath().normalize();
        DatabaseServer database = new DatabaseServer(or(lookup.apply("DB_HOST"), "127.0.0.1"),
                port("SMARTDESK_DB_PORT", or(lookup.apply("DB_PORT"), "5432")),
                or(lookup.apply("DB_USER"), "postgres"), or(lookup.apply("DB_PASSWORD"), ""));
        int kafkaPort = port("SMARTDESK_KAFKA_PORT", or(lookup.apply("KAFKA_PORT"), String.valueOf(DEFAULT_KAFKA_PORT)));
        int controllerPort = port("SMARTDESK_KAFKA_CONTROLLER_PORT",
                or(lookup.apply("KAFKA_CONTROLLER_PORT"), String.valueOf(kafkaPort + 1)));
        String services = lookup.apply("SERVICES");
        List<StackService> selected = services == null ? StackService.all()
                : Arrays.stream(services.split(",")).filter(s -> !s.isBlank()).map(StackService::byModule).distinct().toList();
        String databaseSuffix = or(lookup.apply("DB_SUFFIX"), "");
        if (!databaseSuffix.matches("[a-z0-9_]*")) {
            throw new StackException("SMARTDESK_DB_SUFFIX may hold only a-z, 0-9 and _, not '" + databaseSuffix + "'");
        }
        Duration readyTimeout = Duration.ofSeconds(number("SMARTDESK_READY_TIMEOUT", or(lookup.apply("READY_TIMEOUT"), "240")));
        String javaOptions = lookup.apply("JAVA_OPTS");
        return new StackSettings(repoRoot, stateDir, database, databaseSuffix, kafkaPort, controllerPort, selected,
                readyTimeout, or(lookup.apply("JWT_ISSUER"), "urn:smartdesk"),
                javaOptions == null ? List.of() : List.of(javaOptions.split("\\s+")));
    }

    /** The database a service uses in this stack. */
    String databaseOf(StackService service) {
        return service.database() + databaseSuffix;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    Path keysDir() {
        return stateDir.resolve("keys");
    }

    Path logsDir() {
        return stateDir.resolve("logs");
    }

    Path kafkaDir() {
        return stateDir.resolve("kafka");
    }

    /** Written by a running launcher; {@code ./smartdesk down} signals that PID. */
    Path launcherPidFile() {
        return stateDir.resolve("launcher.pid");
    }

    /**
     * The system property on every child's command line: it tells this stack's processes apart from any
     * other, so that leftovers of a launcher that was killed outright can be found and stopped.
     */
    String childMarker() {
        return "-Dsmartdesk.local-stack=" + stateDir;
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static int port(String name, String value) {
        int port = number(name, value);
        if (port < 1 || port > 65535) {
            throw new StackException(name + " must be a port number (1-65535), not " + value);
        }
        return port;
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new StackException(name + " must be a number, not '" + value + "'");
        }
    }
}
