package tw.smartdesk.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * One service started from its packaged fast-jar ({@code <module>/target/quarkus-app/quarkus-run.jar})
 * as its own process, on a free HTTP port and a free management port (health, metrics, OpenAPI: the jar is
 * built with the prod profile, which serves them there), with its own fresh database; stopped by its own PID.
 */
final class PackagedService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final Process process;

    private PackagedService(String module, int port, int managementPort, Path log, Process process) {
        this.module = module;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts {@code module} with the given database, settings (passed as JVM system properties, which go before
     * {@code -jar}) and environment variables (as a deployment sets {@code SMARTDESK_*}).
     */
    static PackagedService start(String module, String database, Map<String, String> settings,
            Map<String, String> environment, Path logDir) {
        Path jar = repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify builds them)");
        }
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.datasource.reactive.url=" + tw.smartdesk.testsupport.TestDatabases.reactiveUrl(database),
                "-Dquarkus.datasource.jdbc.url=" + tw.smartdesk.testsupport.TestDatabases.jdbcUrl(database),
                "-Dquarkus.datasource.username=" + tw.smartdesk.testsupport.TestDatabases.user(),
                "-Dquarkus.datasource.password=" + tw.smartdesk.testsupport.TestDatabases.password()));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        Path log = logDir.resolve(module + ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // the key only as the test says: none inherited from the shell that runs the build
            builder.environment().remove("SMARTDESK_JWT_PUBLIC_KEY");
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new PackagedService(module, port, managementPort, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + module, e);
        }
    }

    /** The public port: the API only. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The management interface: {@code /q/health}, {@code /q/metrics}, {@code /q/openapi}. */
    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until {@code /q/health/ready} on the management port answers 200; on timeout the failure shows the log's tail. */
    void awaitReady(Duration timeout) {
        try {
            Awaitility.await(module + " ready").atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(module + " exited: " + logTail());
                        }
                        return readyStatus() == 200;
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(module + " not ready within " + timeout + ": " + logTail(), e);
        }
    }

    private int readyStatus() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Waits for the process to end by itself; its exit code, or empty if it still runs after {@code timeout}. */
    OptionalInt awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("smartdesk.repo.root", "..")).toAbsolutePath().normalize();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
