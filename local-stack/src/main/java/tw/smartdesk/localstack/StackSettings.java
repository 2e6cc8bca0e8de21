package tw.smartdesk.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import tw.smartdesk.security.Roles;

/**
 * Everything the launcher can be told, each from a system property ({@code -Dsmartdesk.kafka.port=...}) or
 * else an environment variable ({@code SMARTDESK_KAFKA_PORT}), else a default that suits a developer's
 * machine. The database variables are the ones the services read too.
 *
 * @param repoRoot the checkout holding {@code <module>/target/quarkus-app}
 * @param stateDir data, keys and logs kept between runs (default {@code <repo>/.local-stack})
 * @param databaseSuffix appended to every database name (tests keep apart from a developer's data)
 * @param services the services to start, in start order
 * @param httpPorts each service's HTTP port: {@code SMARTDESK_PORT_<SERVICE>}, else its default (8081-8085)
 *        plus {@code SMARTDESK_PORT_OFFSET}; the launcher passes it on as {@code -Dquarkus.http.port}
 * @param managementPorts each service's management port (health, metrics, OpenAPI, Swagger UI):
 *        {@code SMARTDESK_MANAGEMENT_PORT_<SERVICE>}, else its default (9081-9085) plus {@code SMARTDESK_PORT_OFFSET};
 *        passed on as {@code -Dquarkus.management.port}
 * @param readyTimeout how long the broker and each service may take to become ready
 * @param jwtIssuer the printed tokens' issuer, which the services accept ({@code SMARTDESK_JWT_ISSUER})
 * @param jwtAudiences the audiences the services accept ({@code SMARTDESK_JWT_AUDIENCES}, comma-separated); the
 *        printed tokens are for the first
 * @param javaOptions extra JVM options for every service ({@code SMARTDESK_JAVA_OPTS})
 */
record StackSettings(Path repoRoot, Path stateDir, DatabaseServer database, String databaseSuffix,
        int kafkaPort, int controllerPort, List<StackService> services, Map<StackService, Integer> httpPorts,
        Map<StackService, Integer> managementPorts, Duration readyTimeout,
        String jwtIssuer, List<String> jwtAudiences, List<String> javaOptions) {

    static final int DEFAULT_KAFKA_PORT = 9092;
    static final String STATE_FOLDER = ".local-stack";

    StackSettings {
        httpPorts = Collections.unmodifiableMap(new EnumMap<>(httpPorts));
        managementPorts = Collections.unmodifiableMap(new EnumMap<>(managementPorts));
        jwtAudiences = List.copyOf(jwtAudiences);
    }

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
        Map<StackService, Integer> httpPorts = ports(lookup, "PORT_", StackService::portVariable, StackService::defaultPort);
        Map<StackService, Integer> managementPorts = ports(lookup, "MANAGEMENT_PORT_", StackService::managementPortVariable,
                StackService::defaultManagementPort);
        String databaseSuffix = or(lookup.apply("DB_SUFFIX"), "");
        if (!databaseSuffix.matches("[a-z0-9_]*")) {
            throw new StackException("SMARTDESK_DB_SUFFIX may hold only a-z, 0-9 and _, not '" + databaseSuffix + "'");
        }
        Duration readyTimeout = Duration.ofSeconds(number("SMARTDESK_READY_TIMEOUT", or(lookup.apply("READY_TIMEOUT"), "240")));
        String javaOptions = lookup.apply("JAVA_OPTS");
        List<String> audiences = Arrays.stream(or(lookup.apply("JWT_AUDIENCES"), Roles.DEFAULT_AUDIENCE).split(","))
                .map(String::trim).filter(audience -> !audience.isEmpty()).toList();
        return new StackSettings(repoRoot, stateDir, database, databaseSuffix, kafkaPort, controllerPort, selected,
                httpPorts, managementPorts, readyTimeout, or(lookup.apply("JWT_ISSUER"), Roles.DEFAULT_ISSUER),
                audiences.isEmpty() ? List.of(Roles.DEFAULT_AUDIENCE) : audiences,
                javaOptions == null ? List.of() : List.of(javaOptions.split("\\s+")));
    }

    /**
     * {@code SMARTDESK_<prefix><SERVICE>} if set, else the service's default port moved by
     * {@code SMARTDESK_PORT_OFFSET} (0): with an offset of 100 a second stack listens on 8181-8185 (HTTP) and
     * 9181-9185 (management).
     */
    private static Map<StackService, Integer> ports(Function<String, String> lookup, String prefix,
            Function<StackService, String> variable, ToIntFunction<StackService> defaultPort) {
        String offsetText = lookup.apply("PORT_OFFSET");
        int offset = number("SMARTDESK_PORT_OFFSET", or(offsetText, "0"));
        Map<StackService, Integer> ports = new EnumMap<>(StackService.class);
        for (StackService service : StackService.all()) {
            String explicit = lookup.apply(prefix + service.name());
            if (explicit != null) {
                ports.put(service, port(variable.apply(service), explicit));
                continue;
            }
            int port = defaultPort.applyAsInt(service) + offset;
            if (port < 1 || port > 65535) {
                throw new StackException("SMARTDESK_PORT_OFFSET " + offsetText + " puts " + service.module()
                        + (prefix.startsWith("MANAGEMENT") ? "'s management interface" : "") + " on port " + port
                        + ", outside 1-65535");
            }
            ports.put(service, port);
        }
        return ports;
    }

    /** The HTTP port a service listens on in this stack. */
    int httpPort(StackService service) {
        return httpPorts.get(service);
    }

    String baseUrl(StackService service) {
        return "http://127.0.0.1:" + httpPort(service);
    }

    /** The port of a service's management interface in this stack. */
    int managementPort(StackService service) {
        return managementPorts.get(service);
    }

    /** Where a service serves {@code /q/health}, {@code /q/metrics}, {@code /q/openapi} and {@code /q/swagger-ui}. */
    String managementUrl(StackService service) {
        return "http://127.0.0.1:" + managementPort(service);
    }

    String swaggerUiUrl(StackService service) {
        return managementUrl(service) + "/q/swagger-ui";
    }

    String readinessUrl(StackService service) {
        return managementUrl(service) + "/q/health/ready";
    }

    /** The audience of the printed tokens: the first the services accept. */
    String tokenAudience() {
        return jwtAudiences.get(0);
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
