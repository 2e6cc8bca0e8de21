package tw.smartdesk.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The five services: module, default HTTP and management ports and database, as each service's
 * {@code application.properties} declares them (ServiceModulesTest keeps the two in step). The ports a
 * stack actually uses are {@link StackSettings#httpPort(StackService)} and
 * {@link StackSettings#managementPort(StackService)}: the defaults unless {@link #portVariable()},
 * {@link #managementPortVariable()} or {@code SMARTDESK_PORT_OFFSET} say otherwise.
 */
enum StackService {
    APPLICATION("application-service", 8081, "smartdesk_application"),
    RESERVATION("reservation-service", 8082, "smartdesk_reservation"),
    PICKUP_LOCKER("pickup-locker-service", 8083, "smartdesk_locker"),
    NOTIFICATION("notification-service", 8084, "smartdesk_notification"),
    ANALYTICS("analytics-service", 8085, "smartdesk_analytics");

    private final String module;
    private final int defaultPort;
    private final String database;

    StackService(String module, int defaultPort, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    String module() {
        return module;
    }

    /** The port of the service's own {@code application.properties} (and of docker-compose.yml). */
    int defaultPort() {
        return defaultPort;
    }

    /** The setting that moves this service's HTTP port: {@code SMARTDESK_PORT_PICKUP_LOCKER}, say. */
    String portVariable() {
        return "SMARTDESK_PORT_" + name();
    }

    /**
     * The port of the service's management interface (health, metrics, OpenAPI, Swagger UI) in production:
     * its HTTP port plus 1000, 9081-9085, as its {@code quarkus.management.port} says.
     */
    int defaultManagementPort() {
        return defaultPort + 1000;
    }

    /** The setting that moves this service's management port: {@code SMARTDESK_MANAGEMENT_PORT_ANALYTICS}, say. */
    String managementPortVariable() {
        return "SMARTDESK_MANAGEMENT_PORT_" + name();
    }

    String database() {
        return database;
    }

    /** The packaged fast-jar, {@code <module>/target/quarkus-app/quarkus-run.jar}. */
    Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static StackService byModule(String module) {
        for (StackService service : values()) {
            if (service.module.equals(module.trim())) {
                return service;
            }
        }
        throw new StackException("Unknown service '" + module.trim() + "': choose from " + modules(List.of(values())));
    }

    static String modules(List<StackService> services) {
        return services.stream().map(StackService::module).collect(Collectors.joining(", "));
    }

    static List<StackService> all() {
        return Arrays.asList(values());
    }
}
