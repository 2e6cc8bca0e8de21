package tw.smartdesk.loadtests;

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
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's own stack, side by side with a developer's: {@code ./smartdesk up} with its services on
 * 8281-8285 ({@code SMARTDESK_PORT_OFFSET=200}), Kafka on 19292, its state in {@code load-tests/target/bench-stack}
 * and databases ending in {@code _bench}, with the write rate limit off. It is started afresh (databases and Kafka
 * data dropped first), timed from launch until every service answers ready, and stopped by the launcher's PID
 * (which stops its children), then any child left behind by its command-line marker.
 */
final class BenchStack implements AutoCloseable {

    static final int PORT_OFFSET = 200;
    static final int KAFKA_PORT = 19292;
    static final String DB_SUFFIX = "_bench";

    private static final HttpClient HEALTH = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Path repoRoot;
    private final Path stateDir;
    private final Path log;
    private Process launcher;

    BenchStack(Path repoRoot, Path stateDir, Path log) {
        this.repoRoot = repoRoot;
        this.stateDir = stateDir;
        this.log = log;
    }

    /** The settings of local-stack that keep this stack apart, and the services' environment (rate limit off). */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SMARTDESK_PORT_OFFSET", String.valueOf(PORT_OFFSET));
        env.put("SMARTDESK_KAFKA_PORT", String.valueOf(KAFKA_PORT));
        env.put("SMARTDESK_STATE_DIR", stateDir.toString());
        env.put("SMARTDESK_DB_SUFFIX", DB_SUFFIX);
        env.put("SMARTDESK_RATE_LIMIT_ENABLED", "false");
        return env;
    }

    int port(StackService service) {
        return service.defaultPort() + PORT_OFFSET;
    }

    /** The management port (the local stack moves it by the same offset), where {@code /q/health} answers. */
    int managementPort(StackService service) {
        return service.defaultManagementPort() + PORT_OFFSET;
    }

    String database(StackService service) {
        return service.database() + DB_SUFFIX;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + KAFKA_PORT;
    }

    Path keysDir() {
        return stateDir.resolve("keys");
    }

    Path stateDir() {
        return stateDir;
    }

    /** Stops what an earlier, interrupted run left, and drops the stack's databases and Kafka data (keys stay). */
    void clean() {
        smartdesk("down");
        smartdesk("reset");
    }

    /** Launches {@code ./smartdesk up} and returns the time until every service answered ready. */
    Duration start(Duration timeout) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(repoRoot.resolve("smartdesk").toString(), "up").directory(repoRoot.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment());
            long begin = System.nanoTime();
            launcher = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "bench-stack-stop"));
            long deadline = begin + timeout.toNanos();
            while (!allReady()) {
                if (!launcher.isAlive()) {
                    throw new BenchmarkException("The stack's launcher exited with " + launcher.exitValue() + "; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    throw new BenchmarkException("The stack was not ready within " + timeout.toSeconds() + " s; see " + log);
                }
                Sleep.millis(200);
            }
            return Duration.ofNanos(System.nanoTime() - begin);
        } catch (IOException e) {
            throw new BenchmarkException("Cannot start ./smartdesk up: " + e.getMessage(), e);
        }
    }

    private boolean allReady() {
        for (StackService service : StackService.all()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort(service) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            try {
                if (HEALTH.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchmarkException("Interrupted while waiting for the stack", e);
            }
        }
        return true;
    }

    /** The launcher's PID, while it runs. */
    long launcherPid() {
        return launcher == null ? -1 : launcher.pid();
    }

    /** SIGTERM to the launcher (it stops the services, then Kafka), then any child of this stack still running. */
    @Override
    public synchronized void close() {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            try {
                if (!launcher.waitFor(120, TimeUnit.SECONDS)) {
                    launcher.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                launcher.destroyForcibly();
            }
        }
        List<ProcessHandle> leftovers = children();
        leftovers.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : leftovers) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
    }

    /** The running processes carrying this stack's marker. */
    List<ProcessHandle> children() {
        String marker = "-Dsmartdesk.local-stack=" + stateDir;
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments().map(args -> List.of(args).contains(marker)).orElse(false))
                .toList();
    }

    private void smartdesk(String command) {
        List<String> args = new ArrayList<>(List.of(repoRoot.resolve("smartdesk").toString(), command));
        try {
            ProcessBuilder builder = new ProcessBuilder(args).directory(repoRoot.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment());
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new BenchmarkException("./smartdesk " + command + " failed; see " + log);
            }
        } catch (IOException e) {
            throw new BenchmarkException("Cannot run ./smartdesk " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("Interrupted during ./smartdesk " + command, e);
        }
    }
}
