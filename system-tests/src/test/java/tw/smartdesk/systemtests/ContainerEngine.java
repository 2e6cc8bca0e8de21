package tw.smartdesk.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;

/**
 * The container engine of the container tests: Docker, or Podman's Docker-compatible API, which
 * {@code docker/containers.sh engine} sets up at {@code /run/podman/podman.sock} on machines without Docker (the
 * pom's podman-socket profile then sets {@code DOCKER_HOST} to it). Found as Testcontainers finds Docker
 * ({@code DOCKER_HOST}, then Docker's default socket). Without an engine the container tests are skipped, and one
 * line on the console says why; every other test runs. With {@value #REQUIRED} set to {@code true} (as .ci/run does,
 * where the engine is part of the set-up) they fail instead: a CI run cannot pass without them.
 */
final class ContainerEngine {

    static final String REQUIRED = "SMARTDESK_REQUIRE_CONTAINERS";

    private static Boolean available;
    private static boolean imagesBuilt;

    private ContainerEngine() {
    }

    /** Skips the calling test (class) unless an engine answers. */
    static synchronized void assumeAvailable() {
        if (available == null) {
            // a socket that is not there: no need to ask Testcontainers, whose search logs a page of errors
            String host = dockerHost();
            available = (!host.startsWith("unix://") || Files.exists(Path.of(host.substring("unix://".length()))))
                    && DockerClientFactory.instance().isDockerAvailable();
            if (!available) {
                System.out.println("[system-tests] no container engine answers at " + dockerHost()
                        + ": container tests skipped; docker/containers.sh engine sets Podman up");
            }
        }
        assumeOrFail(available, "no container engine answers at " + dockerHost() + ": docker/containers.sh engine sets Podman up");
    }

    /** Skips the calling test when {@code condition} is false, or fails it where containers are required. */
    static void assumeOrFail(boolean condition, String why) {
        if (!condition && "true".equals(System.getenv(REQUIRED))) {
            throw new IllegalStateException(REQUIRED + "=true, but " + why);
        }
        Assumptions.assumeTrue(condition, why);
    }

    /** The engine's address for other Docker clients (docker-compose), as Testcontainers found it. */
    static String dockerHost() {
        String configured = System.getenv("DOCKER_HOST");
        return configured != null ? configured : "unix:///var/run/docker.sock";
    }

    /**
     * Builds SmartDesk's images from this build's jars, once per JVM: {@code docker/containers.sh images}, which
     * rebuilds only those whose inputs changed (a few seconds when none did).
     */
    static synchronized void buildImages() {
        if (imagesBuilt) {
            return;
        }
        Path root = PackagedService.repoRoot();
        Path log = root.resolve("system-tests/target/container-images.log");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(List.of(root.resolve("docker/containers.sh").toString(), "images"))
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("DOCKER_HOST", dockerHost());
            if (!dockerHost().contains("podman")) {
                builder.environment().putIfAbsent("CONTAINER_ENGINE", "docker");
            }
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("docker/containers.sh images took over 15 minutes; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("docker/containers.sh images failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run docker/containers.sh images", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the images", e);
        }
        imagesBuilt = true;
    }
}
