package tw.smartdesk.loadtests;

import java.util.List;

/**
 * The five services of the stack, with their default HTTP ports (8081-8085), management ports (9081-9085: health,
 * metrics and OpenAPI in production) and database names.
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

    /** The management interface's port, 1000 above the HTTP port as in each service's application.properties. */
    int defaultManagementPort() {
        return defaultPort + 1000;
    }

    String module() {
        return module;
    }

    int defaultPort() {
        return defaultPort;
    }

    String database() {
        return database;
    }

    static List<StackService> all() {
        return List.of(values());
    }
}
