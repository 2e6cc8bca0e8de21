package tw.smartdesk.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import tw.smartdesk.kafkasetup.KafkaAccess;
import tw.smartdesk.security.Roles;

/** What the launcher prints once everything is healthy: where each part is, tokens, and a first request. */
final class Banner {

    /** The request of the printed example: apply online for a household registration transcript. */
    static final String EXAMPLE_APPLICATION = "{\"channel\":\"ONLINE\",\"applicant\":{\"nationalId\":\"A123456789\","
            + "\"name\":\"Wang Hsiao-ming\",\"birthDate\":\"1988-04-02\"},"
            + "\"services\":[{\"serviceCode\":\"HR-001\",\"fields\":{\"scope\":\"FULL\"}}]}";

    private Banner() {
    }

    static void print(PrintStream out, StackSettings settings, Duration startup, Map<String, String> tokens) {
        out.println();
        out.printf(Locale.ROOT, "SmartDesk is up (healthy %.1f s after start). Ctrl-C, or ./smartdesk down, stops everything.%n",
                startup.toMillis() / 1000.0);
        out.println();
        out.printf("  %-23s %-24s %-24s %s%n", "service", "URL", "management", "Swagger UI");
        for (StackService service : settings.services()) {
            out.printf("  %-23s %-24s %-24s %s%n", service.module(), settings.baseUrl(service),
                    settings.managementUrl(service), settings.swaggerUiUrl(service));
        }
        out.println("  (health, metrics, OpenAPI and Swagger UI: /q/health/ready, /q/metrics, /q/openapi, /q/swagger-ui on the");
        out.println("   management port only; the URL's port serves the API)");
        out.printf("  %-23s %s%n", "Kafka", settings.bootstrapServers());
        out.printf("  %-23s %s (user %s)%n", "PostgreSQL", settings.database().address(), settings.database().user());
        out.printf("  %-23s %s%n", "logs", settings.logsDir());
        out.println();
        printTokens(out, tokens);
        if (settings.services().contains(StackService.APPLICATION)) {
            out.println();
            out.println("Try it (apply online as the citizen):");
            out.println("  TOKEN=$(./smartdesk tokens " + Roles.CITIZEN + ")");
            out.println("  curl -i " + settings.baseUrl(StackService.APPLICATION) + "/applications -H \"Authorization: Bearer $TOKEN\" \\");
            out.println("    -H 'Content-Type: application/json' -d '" + EXAMPLE_APPLICATION + "'");
        }
        out.flush();
    }

    /** How other county systems read the public topics: the external-reader principal (SASL/SCRAM-SHA-512). */
    static void printKafkaReader(PrintStream out, StackSettings settings, String password) {
        out.println();
        out.printf("County systems read the public topics at %s as %s (SASL_PLAINTEXT, %s), password %s%n",
                settings.bootstrapServers(), KafkaAccess.EXTERNAL_READER, KafkaAccess.MECHANISM, password);
        out.printf("  (kept in %s; consumer group ids must start with %s)%n",
                settings.keysDir().resolve(KafkaSecrets.FILE), KafkaAccess.EXTERNAL_READER);
        out.flush();
    }

    /** One line per role: role, subject, token; the token is the last field, for scripts. */
    static void printTokens(PrintStream out, Map<String, String> tokens) {
        out.printf("Bearer tokens (valid %d h; ./smartdesk tokens prints new ones):%n", StackTokens.LIFETIME.toHours());
        tokens.forEach((role, token) -> out.printf("  %-9s %-14s %s%n", role, StackTokens.subjectOf(role), token));
        out.flush();
    }
}
