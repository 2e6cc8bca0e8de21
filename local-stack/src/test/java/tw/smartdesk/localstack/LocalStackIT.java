package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.smartdesk.events.Topic;

/**
 * The local stack end to end, as {@code ./smartdesk up} runs it: the launcher in its own JVM starts the broker
 * and every service module that has an application, all become healthy, a citizen files an application with
 * the token the launcher printed, the event reaches Kafka, and SIGTERM to the launcher stops every child.
 * Its state folder, Kafka ports and databases are its own; the services' HTTP ports are the fixed 8081-8085.
 */
class LocalStackIT {

    private static final Pattern CITIZEN_TOKEN = Pattern.compile("(?m)^\\s+citizen\\s+\\S+\\s+([\\w-]+\\.[\\w-]+\\.[\\w-]+)\\s*$");
    private static final Pattern EXAMPLE_BODY = Pattern.compile("(?m)^\\s+-H 'Content-Type: application/json' -d '(.+)'\\s*$");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path state;
    @TempDir
    Path output;

    private final String databaseSuffix = "_it_" + UUID.randomUUID().toString().substring(0, 8);
    private Process launcher;
    private StackSettings settings;

    @Test
    void startsEverythingServesAnApplicationAndStopsEveryChildOnSigterm() throws Exception {
        List<StackService> services = servicesWithAnApplication();
        settings = StackSettings.from(Map.of(
                "SMARTDESK_REPO_ROOT", RepoFiles.root().toString(),
                "SMARTDESK_STATE_DIR", state.toString(),
                "SMARTDESK_KAFKA_PORT", String.valueOf(FreePorts.next()),
                "SMARTDESK_KAFKA_CONTROLLER_PORT", String.valueOf(FreePorts.next()),
                "SMARTDESK_DB_SUFFIX", databaseSuffix,
                "SMARTDESK_SERVICES", String.join(",", services.stream().map(StackService::module).toList())), new Properties());
        services.forEach(service -> new ServiceProcess(service, settings).requireJar());
        services.forEach(service -> assertThat(Ports.free(service.port()))
                .as("port %d of %s is free (is a stack running? ./smartdesk down)", service.port(), service.module()).isTrue());

        launcher = startLauncher();
        Path log = output.resolve("launcher.log");
        Awaitility.await("the launcher's 'SmartDesk is up'").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    assertThat(launcher.isAlive()).as("launcher running; its output:\n" + read(log)).isTrue();
                    return read(log).contains("SmartDesk is up");
                });

        for (StackService service : services) {
            assertThat(get(service.readinessUrl()).statusCode()).as(service.module() + " ready").isEqualTo(200);
            assertThat(read(log)).contains(service.swaggerUiUrl());
        }
        List<ProcessHandle> children = launcher.toHandle().children().toList();
        assertThat(children).as("kafka and one process per service").hasSize(services.size() + 1);

        if (services.contains(StackService.APPLICATION)) {
            Matcher token = CITIZEN_TOKEN.matcher(read(log));
            assertThat(token.find()).as("a citizen token in the printout").isTrue();
            Matcher example = EXAMPLE_BODY.matcher(read(log));
            assertThat(example.find()).as("the printed curl example").isTrue();
            Set<String> ids = applyOnline(token.group(1), example.group(1));
            assertThat(awaitEvent(ids).topic()).isEqualTo(Topic.APPLICATION_EVENTS.topicName());
        }

        launcher.destroy();
        assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).as("the launcher ended after SIGTERM").isTrue();
        for (ProcessHandle child : children) {
            assertThat(child.isAlive()).as("child " + child.pid() + " stopped").isFalse();
        }
        assertThat(Leftovers.children(settings)).as("no process of this stack left").isEmpty();
        assertThat(settings.launcherPidFile()).doesNotExist();
        assertThat(read(log)).contains("Stopped.").doesNotContain("was killed");
    }

    @AfterEach
    void stopAndCleanUp() throws Exception {
        if (launcher != null && launcher.isAlive()) {
            launcher.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (settings != null) {
            Leftovers.children(settings).forEach(ProcessHandle::destroyForcibly);
            dropDatabases();
        }
    }

    /** Modules with application code; a module that has code must have been packaged. */
    private static List<StackService> servicesWithAnApplication() {
        List<StackService> services = StackService.all().stream()
                .filter(service -> Files.isDirectory(RepoFiles.root().resolve(service.module()).resolve("src/main/java")))
                .toList();
        assertThat(services).as("service modules with an application").isNotEmpty();
        return services;
    }

    private Process startLauncher() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(LauncherClasspath.java(), "-Xmx64m", "-cp", LauncherClasspath.get(),
                LocalStack.class.getName(), "up")
                .redirectErrorStream(true)
                .redirectOutput(output.resolve("launcher.log").toFile());
        builder.environment().put("SMARTDESK_REPO_ROOT", settings.repoRoot().toString());
        builder.environment().put("SMARTDESK_STATE_DIR", settings.stateDir().toString());
        builder.environment().put("SMARTDESK_KAFKA_PORT", String.valueOf(settings.kafkaPort()));
        builder.environment().put("SMARTDESK_KAFKA_CONTROLLER_PORT", String.valueOf(settings.controllerPort()));
        builder.environment().put("SMARTDESK_DB_SUFFIX", databaseSuffix);
        builder.environment().put("SMARTDESK_SERVICES", String.join(",", settings.services().stream().map(StackService::module).toList()));
        return builder.start();
    }

    /** POSTs the printed example with the printed token; returns the ids in the answer. */
    private Set<String> applyOnline(String citizenToken, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(StackService.APPLICATION.baseUrl() + "/applications"))
                .header("Authorization", "Bearer " + citizenToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Set<String> ids = new HashSet<>();
        UUID_TEXT.matcher(response.body()).results().forEach(match -> ids.add(match.group()));
        assertThat(ids).as(response.body()).isNotEmpty();
        return ids;
    }

    /** The event of the application, published by the outbox relay to the broker the launcher started. */
    private ConsumerRecord<String, String> awaitEvent(Set<String> ids) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "local-stack-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topic.APPLICATION_EVENTS.topicName()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (ids.contains(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no event keyed by one of " + ids + " on " + Topic.APPLICATION_EVENTS.topicName());
    }

    private static HttpResponse<Void> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private void dropDatabases() throws Exception {
        DatabaseServer server = settings.database();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            for (StackService service : settings.services()) {
                statement.execute("drop database if exists \"" + settings.databaseOf(service) + "\" with (force)");
            }
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
