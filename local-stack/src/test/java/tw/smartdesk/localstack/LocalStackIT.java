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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import tw.smartdesk.kafkasetup.KafkaAccess;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.smartdesk.events.Topic;

/**
 * The local stack end to end, as {@code ./smartdesk up} runs it: the launcher in its own JVM starts the broker
 * and every service module that has an application, all become healthy, a citizen files an application with
 * the token the launcher printed, the event reaches Kafka, and SIGTERM to the launcher stops every child.
 * Its state folder, Kafka ports, HTTP and management ports (free ones, not 8081-8085 and 9081-9085, so a developer's
 * running stack does not disturb it) and databases are its own; whatever way it ends, it leaves no process, database or state behind.
 */
class LocalStackIT {

    private static final Pattern CITIZEN_TOKEN = Pattern.compile("(?m)^\\s+citizen\\s+\\S+\\s+([\\w-]+\\.[\\w-]+\\.[\\w-]+)\\s*$");
    private static final Pattern EXAMPLE_URL = Pattern.compile("(?m)^\\s+curl -i (\\S+) -H ");
    private static final Pattern EXAMPLE_BODY = Pattern.compile("(?m)^\\s+-H 'Content-Type: application/json' -d '(.+)'\\s*$");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path state;
    @TempDir
    Path output;

    private final String databaseSuffix = "_it_" + UUID.randomUUID().toString().substring(0, 8);
    private final ProcessGuard guard = new ProcessGuard();
    private Process launcher;
    private StackSettings settings;
    /** What the test tells the launcher on top of the environment it inherits. */
    private final Map<String, String> stackEnvironment = new LinkedHashMap<>();

    @Test
    void startsEverythingServesAnApplicationAndStopsEveryChildOnSigterm() throws Exception {
        List<StackService> services = servicesWithAnApplication();
        List<Integer> ports = FreePorts.next(2 + 2 * StackService.all().size());
        stackEnvironment.put("SMARTDESK_REPO_ROOT", RepoFiles.root().toString());
        stackEnvironment.put("SMARTDESK_STATE_DIR", state.toString());
        stackEnvironment.put("SMARTDESK_KAFKA_PORT", String.valueOf(ports.get(0)));
        stackEnvironment.put("SMARTDESK_KAFKA_CONTROLLER_PORT", String.valueOf(ports.get(1)));
        for (StackService service : StackService.all()) {
            stackEnvironment.put(service.portVariable(), String.valueOf(ports.get(2 + service.ordinal())));
            stackEnvironment.put(service.managementPortVariable(),
                    String.valueOf(ports.get(2 + StackService.all().size() + service.ordinal())));
        }
        stackEnvironment.put("SMARTDESK_DB_SUFFIX", databaseSuffix);
        stackEnvironment.put("SMARTDESK_SERVICES", String.join(",", services.stream().map(StackService::module).toList()));
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putAll(stackEnvironment);
        settings = StackSettings.from(environment, new Properties());
        guard.watch(settings);
        guard.afterwards(this::dropDatabases);
        guard.temporary(state);
        guard.temporary(output);
        services.forEach(service -> new ServiceProcess(service, settings).requireJar());

        launcher = guard.track(startLauncher());
        Path log = output.resolve("launcher.log");
        Awaitility.await("the launcher's 'SmartDesk is up'").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    assertThat(launcher.isAlive()).as("launcher running; its output:\n" + read(log)).isTrue();
                    return read(log).contains("SmartDesk is up");
                });

        for (StackService service : services) {
            assertThat(get(settings.readinessUrl(service)).statusCode()).as(service.module() + " ready").isEqualTo(200);
            assertThat(get(settings.baseUrl(service) + "/q/health/ready").statusCode())
                    .as(service.module() + ": health on the management port only").isEqualTo(404);
            assertThat(get(settings.swaggerUiUrl(service) + "/").statusCode())
                    .as(service.module() + ": Swagger UI, switched on for the local stack").isEqualTo(200);
            assertThat(read(log)).contains(settings.swaggerUiUrl(service));
        }
        String readerPassword = KafkaSecrets.loadOrCreate(settings.keysDir().resolve(KafkaSecrets.FILE))
                .password(KafkaAccess.EXTERNAL_READER);
        assertThat(read(log)).as("the county systems' credentials in the printout")
                .contains("as " + KafkaAccess.EXTERNAL_READER + " (SASL_PLAINTEXT, SCRAM-SHA-512), password " + readerPassword);
        List<ProcessHandle> children = launcher.toHandle().children().toList();
        assertThat(children).as("kafka and one process per service").hasSize(services.size() + 1);

        if (services.contains(StackService.APPLICATION)) {
            Matcher token = CITIZEN_TOKEN.matcher(read(log));
            assertThat(token.find()).as("a citizen token in the printout").isTrue();
            Matcher url = EXAMPLE_URL.matcher(read(log));
            assertThat(url.find()).as("the printed curl example").isTrue();
            assertThat(url.group(1)).isEqualTo(settings.baseUrl(StackService.APPLICATION) + "/applications");
            Matcher example = EXAMPLE_BODY.matcher(read(log));
            assertThat(example.find()).as("the printed curl example's body").isTrue();
            Set<String> ids = applyOnline(url.group(1), token.group(1), example.group(1));
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

    /**
     * After a failure too: kills the launcher and every process of this stack by PID (and waits for them, so that
     * JUnit can delete the temporary state folder), then drops the test's databases. If the test JVM is stopped
     * first, the guard's shutdown hook does the same and deletes the state folder.
     */
    @AfterEach
    void stopAndCleanUp() throws Exception {
        guard.close();
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
        builder.environment().putAll(stackEnvironment);
        return builder.start();
    }

    /** POSTs the printed example to its printed URL with the printed token; returns the ids in the answer. */
    private Set<String> applyOnline(String url, String citizenToken, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
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

    /**
     * The event of the application, published by the outbox relay to the broker the launcher started, read as a
     * county system would: as external-reader, with the password the launcher made up.
     */
    private ConsumerRecord<String, String> awaitEvent(Set<String> ids) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.putAll(KafkaSecrets.loadOrCreate(settings.keysDir().resolve(KafkaSecrets.FILE))
                .clientSettings(KafkaAccess.EXTERNAL_READER));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, KafkaAccess.EXTERNAL_READER + "-local-stack-it-" + UUID.randomUUID());
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
