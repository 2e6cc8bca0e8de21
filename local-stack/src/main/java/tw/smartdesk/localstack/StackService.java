package tw.smartdesk.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The five services: module, fixed HTTP port and database, as each service's
 * {@code application.properties} declares them (LocalStackServicesTest keeps the two in step).
 */
enum StackService {
    APPLICATION("application-service", 8081, "smartdesk_application"),
    RESERVATION("reservation-service", 8082, "smartdesk_reservation"),
    PICKUP_LOCKER("pickup-locker-service", 8083, "smartdesk_locker"),
    NOTIFICATION("notification-service", 8084, "smartdesk_notification"),
    ANALYTICS("analytics-service", 8085, "smartdesk_analytics");

    private final String module;
    private final int port;
    private final String database;

    StackService(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    String module() {
        return module;
    }

    int port() {
        return port;
    }

    String database() {
        return database;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String swaggerUiUrl() {
        return baseUrl() + "/q/swagger-ui";
    }

    String readinessUrl() {
        return baseUrl() + "/q/health/ready";
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
