package tw.smartdesk.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One SmartDesk service started from its packaged fast-jar as its own process. It is configured the way
 * any deployment configures it, through environment variables; the launcher only sets the heap, the
 * HTTP port and the management port ({@code -Dquarkus.http.port}, {@code -Dquarkus.management.port}, which
 * outrank the service's application.properties).
 */
final class ServiceProcess {

    /**
     * A small, bounded footprint (issue: at most 300 MB resident per service under load). The services keep 25 to 40
     * MB live after a full GC: a serial heap (no remembered sets or GC threads on a two-core machine) that starts at
     * 24 MB, grows to at most 96 MB and gives memory back once more than 40 % of it is free; capped code cache and
     * thread stacks. The JVM hands freed native memory back every 5 s ({@link #TRIM_NATIVE_HEAP}): the C2
     * compiler's scratch memory otherwise stays in malloc's arenas. Measured in runs of the same submission load one
     * after the other (load-tests/README.md): application-service 443 MB resident with a 256 MB G1 heap, 403 MB with
     * a 128 MB serial heap, 318 MB with these; the four quieter services from about 257 MB to about 200 MB.
     */
    static final List<String> JVM_OPTIONS = footprint(Runtime.version());

    /** {@code -XX:TrimNativeHeapInterval} exists from Java 17.0.9; the children run on the launcher's own Java. */
    static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=5000";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final StackService service;
    private final StackSettings settings;

    ServiceProcess(StackService service, StackSettings settings) {
        this.service = service;
        this.settings = settings;
    }

    static List<String> footprint(Runtime.Version java) {
        List<String> options = new ArrayList<>(List.of("-Xms24m", "-Xmx96m", "-XX:MinHeapFreeRatio=20",
                "-XX:MaxHeapFreeRatio=40", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m", "-Xss512k"));
        if (java.compareToIgnoreOptional(Runtime.Version.parse("17.0.9")) >= 0) {
            options.add(TRIM_NATIVE_HEAP);
        }
        return List.copyOf(options);
    }

    /** Fails with a clear message when the service has not been packaged. */
    Path requireJar() {
        Path jar = service.jar(settings.repoRoot());
        if (!Files.isRegularFile(jar)) {
            throw new StackException(jar + " is missing: build the services first (./mvnw install -DskipTests, "
                    + "or ./smartdesk up, which builds what is missing)");
        }
        return jar;
    }

    ChildProcess start(JavaCommand java, Path publicKey, Map<String, String> secrets) {
        Map<String, String> environment = new LinkedHashMap<>(secrets);
        environment.putAll(environment(publicKey));
        return ChildProcess.start(service.module(), command(java), environment,
                settings.logsDir().resolve(service.module() + ".log"));
    }

    List<String> command(JavaCommand java) {
        List<String> command = new ArrayList<>();
        command.add(java.executable());
        command.addAll(JVM_OPTIONS);
        command.addAll(settings.javaOptions());
        command.add(settings.childMarker());
        // After SMARTDESK_JAVA_OPTS: the port the launcher polls and prints is the one the service listens on.
        command.add("-Dquarkus.http.port=" + settings.httpPort(service));
        command.add("-Dquarkus.management.port=" + settings.managementPort(service));
        if (!settings.databaseSuffix().isEmpty()) {
            // Only when told to keep apart (tests): the service's own application.properties names its database.
            String database = settings.databaseOf(service);
            command.add("-Dquarkus.datasource.reactive.url=" + settings.database().reactiveUrl(database));
            command.add("-Dquarkus.datasource.jdbc.url=" + settings.database().jdbcUrl(database));
        }
        command.add("-jar");
        command.add(requireJar().toString());
        return command;
    }

    /** The variables every SmartDesk service reads (see service-platform's microprofile-config.properties). */
    Map<String, String> environment(Path publicKey) {
        Map<String, String> environment = new LinkedHashMap<>();
        // glibc's malloc otherwise keeps up to 8 arenas per core of freed native memory (the JIT's, Netty's, Kafka's)
        environment.put("MALLOC_ARENA_MAX", "2");
        environment.put("SMARTDESK_DB_HOST", settings.database().host());
        environment.put("SMARTDESK_DB_PORT", String.valueOf(settings.database().port()));
        environment.put("SMARTDESK_DB_USER", settings.database().user());
        environment.put("SMARTDESK_DB_PASSWORD", settings.database().password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", settings.bootstrapServers());
        environment.put("SMARTDESK_JWT_PUBLIC_KEY", publicKey.toUri().toString());
        environment.put("SMARTDESK_JWT_ISSUER", settings.jwtIssuer());
        environment.put("SMARTDESK_JWT_AUDIENCES", String.join(",", settings.jwtAudiences()));
        // the printed tokens are for a working day: the stack's services accept them that long
        environment.put("SMARTDESK_JWT_MAX_TOKEN_AGE", String.valueOf(StackTokens.LIFETIME.toSeconds()));
        // Swagger UI (off in production) on the management port, trying requests out on the public port
        environment.put("SMARTDESK_SWAGGER_UI_ENABLED", "true");
        environment.put("MP_OPENAPI_SERVERS", settings.baseUrl(service));
        if (service == StackService.RESERVATION) {
            // who a booking is for: application-service resolves the person (ADR 0011), wherever its port was moved
            environment.put("SMARTDESK_PERSONS_URL", settings.baseUrl(StackService.APPLICATION));
        }
        environment.put("QUARKUS_HTTP_CORS_ENABLED", "true");
        environment.put("QUARKUS_HTTP_CORS_ORIGINS", settings.managementUrl(service) + ","
                + settings.managementUrl(service).replace("127.0.0.1", "localhost"));
        return environment;
    }

    /** Whether {@code /q/health/ready} (on the management port) answers 200 now. */
    boolean ready() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.readinessUrl(service))).timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for " + service.module(), e);
        }
    }

    StackService service() {
        return service;
    }
}
