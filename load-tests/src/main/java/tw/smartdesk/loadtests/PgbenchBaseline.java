package tw.smartdesk.loadtests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The machine's own limit, measured in the same run on the same PostgreSQL: pgbench runs a submission transaction
 * (an application-like row and an outbox-like row) and a status read (one row by primary key out of 100,000) in a
 * scratch database, which it creates and drops again whatever happens.
 */
final class PgbenchBaseline {

    /** The scratch database is this and the benchmark's PID. */
    static final String DATABASE_PREFIX = "smartdesk_pgbench_";

    private final DatabaseServer server;
    private final Path workDir;
    private final String pgbench;

    PgbenchBaseline(DatabaseServer server, Path workDir, String pgbench) {
        this.server = server;
        this.workDir = workDir;
        this.pgbench = pgbench;
    }

    /** Both transactions, {@code seconds} each, with {@code clients} clients. */
    Baseline run(int clients, int seconds, Function<String, MeasureWindow> windows) {
        String database = DATABASE_PREFIX + ProcessHandle.current().pid();
        execute("postgres", "drop database if exists " + database + " with (force)", "create database " + database);
        // Ctrl-C skips finally blocks: the scratch database is dropped by a shutdown hook then
        Thread dropOnExit = new Thread(() -> execute("postgres", "drop database if exists " + database + " with (force)"), "pgbench-drop");
        Runtime.getRuntime().addShutdownHook(dropOnExit);
        try {
            execute(database, resource("schema.sql"));
            PgbenchOutput submission = pgbench(database, "submission.sql", clients, seconds, windows.apply(SUBMISSION));
            PgbenchOutput read = pgbench(database, "status-read.sql", clients, seconds, windows.apply(STATUS_READ));
            return new Baseline(clients, seconds, submission, read);
        } finally {
            execute("postgres", "drop database if exists " + database + " with (force)");
            try {
                Runtime.getRuntime().removeShutdownHook(dropOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway; dropping twice is harmless
            }
        }
    }

    static final String SUBMISSION = "pgbench submission";
    static final String STATUS_READ = "pgbench status read";

    private PgbenchOutput pgbench(String database, String script, int clients, int seconds, MeasureWindow window) {
        try {
            Files.createDirectories(workDir);
            Path file = workDir.resolve(script);
            Files.writeString(file, resource(script));
            List<String> command = new ArrayList<>(List.of(pgbench, "-h", server.host(), "-p", String.valueOf(server.port()),
                    "-U", server.user(), "-n", "-M", "prepared", "-c", String.valueOf(clients), "-j",
                    String.valueOf(Math.min(clients, Runtime.getRuntime().availableProcessors())), "-T", String.valueOf(seconds),
                    "-f", file.toString(), database));
            Path outputFile = workDir.resolve(script.replace(".sql", ".out"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(outputFile.toFile());
            if (!server.password().isEmpty()) {
                builder.environment().put("PGPASSWORD", server.password());
            }
            long begin = System.nanoTime();
            Process process = builder.start();
            // the machine is sampled while pgbench runs (not while it connects or ends), so its own CPU is counted
            Sleep.until(begin + 500_000_000L);
            window.opened();
            Sleep.until(begin + seconds * 1_000_000_000L - 300_000_000L);
            window.closed();
            boolean ended = process.waitFor(seconds + 60L, TimeUnit.SECONDS);
            String output = Files.readString(outputFile);
            if (!ended || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new BenchmarkException("pgbench " + script + " failed:\n" + output);
            }
            return PgbenchOutput.parse(output);
        } catch (IOException e) {
            throw new BenchmarkException("Cannot run " + pgbench + " (installed? PGBENCH names another): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("Interrupted while pgbench ran", e);
        }
    }

    private void execute(String database, String... statements) {
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new BenchmarkException("PostgreSQL " + server.host() + ":" + server.port() + "/" + database + ": " + e.getMessage(), e);
        }
    }

    static String resource(String name) {
        try (InputStream in = PgbenchBaseline.class.getResourceAsStream("/pgbench/" + name)) {
            if (in == null) {
                throw new BenchmarkException("Missing resource pgbench/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchmarkException("Cannot read pgbench/" + name, e);
        }
    }

    /** The two pgbench figures of one run. */
    record Baseline(int clients, int seconds, PgbenchOutput submission, PgbenchOutput read) {

        String describe() {
            return String.format(Locale.ROOT, "pgbench, %d clients, %d s each: submission %.0f tps (avg %.2f ms), status read %.0f tps (avg %.2f ms)",
                    clients, seconds, submission.tps(), submission.latencyAverageMillis(), read.tps(), read.latencyAverageMillis());
        }
    }
}
