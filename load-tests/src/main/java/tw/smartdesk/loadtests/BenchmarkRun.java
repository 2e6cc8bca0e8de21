package tw.smartdesk.loadtests;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tw.smartdesk.security.Roles;

/**
 * One benchmark run from end to end: the pgbench baseline, the bench stack started (and timed) afresh, the load
 * phases against it, and the report; the stack is stopped at the end whatever happened.
 */
final class BenchmarkRun {

    private final BenchmarkOptions options;
    private final Path repoRoot;
    private final Path outputDir;
    private final Map<String, String> env;

    BenchmarkRun(BenchmarkOptions options, Path repoRoot, Path outputDir, Map<String, String> env) {
        this.options = options;
        this.repoRoot = repoRoot;
        this.outputDir = outputDir;
        this.env = env;
    }

    BenchmarkResults run() {
        DatabaseServer server = DatabaseServer.fromEnvironment(env);
        say(String.format(Locale.ROOT, "pgbench baseline: %d clients, %d s per transaction ...", options.pgbenchClients(), options.pgbenchSeconds()));
        Path stateDir = repoRoot.resolve("load-tests/target/bench-stack");
        try (MachineSampler sampler = new MachineSampler(new ProcessGroups(stateDir, BenchStack.DB_SUFFIX));
                BenchStack stack = new BenchStack(repoRoot, stateDir, outputDir.resolve("stack.log"))) {
            PgbenchBaseline.Baseline baseline = new PgbenchBaseline(server, outputDir.resolve("pgbench"),
                    env.getOrDefault("PGBENCH", "pgbench")).run(options.pgbenchClients(), options.pgbenchSeconds(), sampler::window);
            say("  " + baseline.describe());
            say("Bench stack: dropping its databases and Kafka data, then ./smartdesk up (log " + outputDir.resolve("stack.log") + ") ...");
            stack.clean();
            Duration ready = stack.start(Duration.ofMinutes(5));
            say(String.format(Locale.ROOT, "  ready in %.1f s (launcher pid %d; services on %d-%d, Kafka %s)", ready.toMillis() / 1000.0,
                    stack.launcherPid(), stack.port(StackService.APPLICATION), stack.port(StackService.ANALYTICS), stack.bootstrapServers()));
            return measure(server, stack, baseline, ready, sampler);
        }
    }

    private BenchmarkResults measure(DatabaseServer server, BenchStack stack, PgbenchBaseline.Baseline baseline, Duration ready,
            MachineSampler sampler) {
        BenchTokens tokens = new BenchTokens(stack.keysDir(), env.getOrDefault("SMARTDESK_JWT_ISSUER", Roles.DEFAULT_ISSUER),
                options.citizens(), Duration.ofHours(3));
        int port = stack.port(StackService.APPLICATION);
        try (HttpLoad http = new HttpLoad(Math.max(64, options.clients()) * 2, options.timeout());
                ConsumerLag kafka = new ConsumerLag(stack.bootstrapServers(), stack.keysDir().resolve("kafka-credentials.properties"));
                LagWatch lag = new LagWatch(kafka, server, stack)) {
            Map<String, Map<String, String>> fillable = Catalogue.fillable(services(http, port, tokens.clerkToken()));
            List<String> one = Catalogue.pick(fillable, List.of("HR-001"), 1);
            List<String> three = Catalogue.pick(fillable, List.of("HR-001", "HR-005", "HR-007"), 3);
            SmartDeskScenarios scenarios = new SmartDeskScenarios(port, tokens, new FiledApplications(),
                    townships(http, port, tokens.clerkToken()), options.idempotencyKeys());
            ReservationPhases reservations = new ReservationPhases(options, http, sampler, tokens,
                    new BookingRequests(stack.port(StackService.RESERVATION), options.idempotencyKeys()), this::say);
            LoadPhases.Measured measured = new LoadPhases(options, http, sampler, scenarios, reservations, lag, this::say).run(String.join(", ", one),
                    String.join(", ", three), Catalogue.servicesJson(fillable, one), Catalogue.servicesJson(fillable, three),
                    new EventLatency(server, stack));
            return new BenchmarkResults(options.quick() ? "quick" : "full", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                    machine(server), options, baseline, ready, measured.submission(), measured.submissionFew(), measured.oneStop(), measured.mine(), measured.byId(),
                    measured.workQueue(), measured.halfRate(), measured.events(), measured.burst(), measured.lag(),
                    options.burstSeconds().toSeconds(), options.recoveryLimit(), measured.reservations(), sampler.figures());
        }
    }

    /** Every current service of the catalogue, page by page. */
    private static List<JsonObject> services(HttpLoad http, int port, String token) {
        List<JsonObject> services = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            JsonObject answer = new JsonObject(http.fetch(HttpCall.get(port, "/services?size=100&page=" + page, token)));
            JsonArray items = answer.getJsonArray("items", new JsonArray());
            items.forEach(item -> services.add((JsonObject) item));
            if (items.isEmpty() || services.size() >= answer.getInteger("total", 0)) {
                break;
            }
        }
        return services;
    }

    private static List<String> townships(HttpLoad http, int port, String token) {
        List<String> codes = new ArrayList<>();
        new JsonArray(http.fetch(HttpCall.get(port, "/townships", token))).forEach(t -> codes.add(((JsonObject) t).getString("code")));
        codes.remove("OUTSIDE_COUNTY");
        return codes.isEmpty() ? List.of("TAITUNG_CITY") : codes;
    }

    private String machine(DatabaseServer server) {
        long memoryGb = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 30;
        return String.format(Locale.ROOT, "%d CPUs, %d GB; PostgreSQL %s at %s:%d; code %s", Runtime.getRuntime().availableProcessors(),
                memoryGb, postgresVersion(server), server.host(), server.port(), gitRevision());
    }

    private static String postgresVersion(DatabaseServer server) {
        try (var connection = server.connect("postgres"); var statement = connection.createStatement();
                var rows = statement.executeQuery("show server_version")) {
            rows.next();
            return rows.getString(1);
        } catch (Exception e) {
            return "(version unknown)";
        }
    }

    private String gitRevision() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").directory(repoRoot.toFile()).redirectErrorStream(true).start();
            String revision = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? revision : "(not a git checkout)";
        } catch (IOException e) {
            return "(git not available)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(git not available)";
        }
    }

    private void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
