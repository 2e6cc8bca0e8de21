package tw.smartdesk.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tw.smartdesk.kafkasetup.KafkaAccess;
import tw.smartdesk.kafkasetup.KafkaCredentials;
import tw.smartdesk.testsupport.TopicReader;

/**
 * {@link SystemScenarios} on docker-compose.yml itself, as a county's IT team starts SmartDesk: {@code docker-compose
 * up} (Debian's docker-compose, against the engine {@link ContainerEngine} found) with every secret it requires made
 * up for the run, test-support's JWT key, and host ports no other stack on the machine uses; then every service
 * ready, the scenarios, and {@code docker-compose down -v}. Skipped without a container engine or docker-compose.
 */
class ComposeStackIT extends SystemScenarios {

    private static final Duration UP_TIMEOUT = Duration.ofMinutes(8);
    /** Host ports {@code <prefix>81..85} (APIs) and {@code <prefix + 2>81..85} (management): tried in turn. */
    private static final List<Integer> PORT_PREFIXES = List.of(37, 47, 57, 27, 17);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final Map<String, String> environment = new LinkedHashMap<>();
    private static List<String> compose;
    private static Path logDir;
    private static int portPrefix;
    private static int kafkaHostPort;
    private static KafkaCredentials credentials;

    @BeforeAll
    static void composeUp() throws Exception {
        ContainerEngine.assumeAvailable();
        compose = composeCommand();
        ContainerEngine.assumeOrFail(compose != null, "no docker-compose: docker/containers.sh engine installs it");
        ContainerEngine.buildImages();
        Path root = PackagedService.repoRoot();
        logDir = Files.createDirectories(root.resolve("system-tests/target/compose"));
        Path publicKey = testPublicKey(logDir);
        credentials = KafkaCredentials.generate(KafkaAccess.principals());
        portPrefix = freePortPrefix();
        kafkaHostPort = PackagedService.freePort();

        environment.put("DOCKER_HOST", ContainerEngine.dockerHost());
        environment.put("COMPOSE_PROJECT_NAME", "smartdesk-it-" + UUID.randomUUID().toString().substring(0, 8));
        KafkaAccess.principals().forEach(principal -> environment.put(
                "SMARTDESK_KAFKA_" + principal.toUpperCase().replace('-', '_') + "_PASSWORD", credentials.password(principal)));
        environment.put("SMARTDESK_APPLICANT_DATA_KEYS", freshDataKeys());
        environment.put("SMARTDESK_APPLICANT_ID_HASH_KEYS", freshIdHashKeys());
        environment.put("SMARTDESK_JWT_PUBLIC_KEY_FILE", publicKey.toString());
        environment.put("SMARTDESK_API_PORT_PREFIX", String.valueOf(portPrefix));
        environment.put("SMARTDESK_MANAGEMENT_PORT_PREFIX", String.valueOf(portPrefix + 2));
        environment.put("SMARTDESK_KAFKA_HOST_PORT", String.valueOf(kafkaHostPort));
        environment.put("SMARTDESK_POSTGRES_HOST_PORT", String.valueOf(PackagedService.freePort()));

        int exit = run(UP_TIMEOUT, "up.log", "up", "-d");
        if (exit != 0) {
            run(Duration.ofMinutes(1), "failed-up.log", "logs", "--no-color", "--tail=80");
            throw new IllegalStateException("docker-compose up failed (" + exit + "); see " + logDir);
        }
        for (String module : MODULES) {
            Awaitility.await(module + " ready").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> status(hostUrl(portPrefix + 2, module) + "/q/health/ready") == 200);
        }
    }

    /**
     * The compose file's own health checks pass once the services answer (a check that could not fail, or never
     * pass, would show here): {@code docker-compose ps} calls every long-running container healthy.
     */
    @Test
    void composeCallsEveryServiceHealthy() {
        List<String> expected = new ArrayList<>(List.of("postgres", "kafka"));
        expected.addAll(MODULES);
        Awaitility.await("every container healthy").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    run(Duration.ofMinutes(1), "ps.log", "ps");
                    List<String> lines = Files.readAllLines(logDir.resolve("ps.log"), StandardCharsets.UTF_8);
                    for (String service : expected) {
                        assertThat(lines).as(service + " in docker-compose ps")
                                .anyMatch(line -> line.contains("_" + service + "_1 ") && line.contains("(healthy)"));
                    }
                });
    }

    @AfterAll
    static void composeDown() throws Exception {
        if (compose == null || environment.isEmpty()) {
            return;
        }
        try {
            run(Duration.ofMinutes(1), "logs.log", "logs", "--no-color", "--tail=200");
        } finally {
            run(Duration.ofMinutes(3), "down.log", "down", "-v", "--remove-orphans", "--timeout", "20");
        }
    }

    @Override
    String baseUrl(String module) {
        return hostUrl(portPrefix, module);
    }

    @Override
    String managementUrl(String module) {
        return hostUrl(portPrefix + 2, module);
    }

    /** The compose file publishes {@code 8081} as {@code <prefix>81}, {@code 9082} as {@code <prefix>82}, and so on. */
    private static String hostUrl(int prefix, String module) {
        return "http://127.0.0.1:" + prefix + "8" + (MODULES.indexOf(module) + 1);
    }

    /** As a county system on the host reads it: {@value KafkaAccess#EXTERNAL_READER} on the published listener. */
    @Override
    TopicReader applicationEventsReader() {
        return externalReader(credentials, "localhost:" + kafkaHostPort);
    }

    /** docker-compose.yml turns Swagger UI on, for people trying the APIs. */
    @Override
    boolean servesSwaggerUi() {
        return true;
    }

    /** Debian's docker-compose, else Docker's compose plugin; null when neither runs. */
    private static List<String> composeCommand() {
        for (List<String> candidate : List.of(List.of("docker-compose"), List.of("docker", "compose"))) {
            try {
                List<String> version = new ArrayList<>(candidate);
                version.add("version");
                Process process = new ProcessBuilder(version).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not installed: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        System.out.println("[system-tests] no docker-compose: the compose test is skipped; docker/containers.sh engine installs it");
        return null;
    }

    /** Runs docker-compose with the run's environment on the repository's compose file; its output goes to logDir. */
    private static int run(Duration timeout, String log, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(compose);
        command.add("-f");
        command.add(PackagedService.repoRoot().resolve("docker-compose.yml").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(PackagedService.repoRoot().toFile())
                .redirectErrorStream(true).redirectOutput(logDir.resolve(log).toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("docker-compose " + String.join(" ", arguments) + " took over " + timeout
                    + "; output: " + Files.readString(logDir.resolve(log), StandardCharsets.UTF_8));
        }
        return process.exitValue();
    }

    private static int freePortPrefix() {
        for (int prefix : PORT_PREFIXES) {
            boolean free = true;
            for (int service = 1; service <= MODULES.size() && free; service++) {
                free = isFree(prefix * 100 + 80 + service) && isFree((prefix + 2) * 100 + 80 + service);
            }
            if (free) {
                return prefix;
            }
        }
        throw new IllegalStateException("No free host ports for the composition (tried prefixes " + PORT_PREFIXES + ")");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int status(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
