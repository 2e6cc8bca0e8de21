package tw.smartdesk.loadtests;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which part of the benchmarked system a process is, from its command line: a service or the broker of the bench
 * stack (by the launcher's marker {@code -Dsmartdesk.local-stack=<state dir>} on their command lines), a PostgreSQL
 * backend serving one of the stack's databases or the pgbench baseline's scratch database (by the database in its
 * process title), the PostgreSQL server's own processes (postmaster, checkpointer, WAL writer, ...), or pgbench. Anything else (other people's work on a shared
 * machine, their databases' backends) belongs to none.
 */
final class ProcessGroups {

    static final String KAFKA = "kafka";
    static final String POSTGRES_BACKENDS = "postgresql backends";
    static final String POSTGRES_SERVER = "postgresql server";
    static final String PGBENCH = "pgbench";

    private static final List<String> SERVER_PROCESSES = List.of("checkpointer", "background writer", "walwriter",
            "autovacuum launcher", "logical replication launcher", "archiver", "stats collector", "startup", "walsender");
    private static final Pattern CLUSTER_PREFIX = Pattern.compile("^[^\\s:]+: ");

    private final String stackMarker;
    private final Pattern stackDatabase;

    /**
     * @param stateDir the bench stack's state folder (its children carry it in their marker)
     * @param databaseSuffix the suffix of the bench stack's databases, e.g. {@code _bench}
     */
    ProcessGroups(Path stateDir, String databaseSuffix) {
        this.stackMarker = "-Dsmartdesk.local-stack=" + stateDir;
        // the stack's databases, and the scratch database of the pgbench baseline
        this.stackDatabase = Pattern.compile("smartdesk_[a-z_]+" + Pattern.quote(databaseSuffix) + "|" + PgbenchBaseline.DATABASE_PREFIX + "[0-9]+");
    }

    static boolean isPostgres(String group) {
        return POSTGRES_BACKENDS.equals(group) || POSTGRES_SERVER.equals(group);
    }

    /** The group of a process with these arguments, if it is part of the benchmarked system. */
    Optional<String> classify(List<String> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        if (args.contains(stackMarker)) {
            if (args.contains("kafka.Kafka")) {
                return Optional.of(KAFKA);
            }
            return args.stream().filter(arg -> arg.endsWith("quarkus-app/quarkus-run.jar")).findFirst()
                    .map(jar -> Path.of(jar).getParent().getParent().getParent().getFileName().toString());
        }
        String title = String.join(" ", args).trim();
        if (title.startsWith("postgres: ")) {
            String rest = CLUSTER_PREFIX.matcher(title.substring("postgres: ".length())).replaceFirst("");
            for (String token : rest.split("\\s+")) {
                if (stackDatabase.matcher(token).matches()) {
                    return Optional.of(POSTGRES_BACKENDS);
                }
            }
            return SERVER_PROCESSES.stream().anyMatch(rest::startsWith) ? Optional.of(POSTGRES_SERVER) : Optional.empty();
        }
        if (args.get(0).equals(PGBENCH) || args.get(0).endsWith("/" + PGBENCH)) {
            return Optional.of(PGBENCH);
        }
        if (args.get(0).endsWith("/postgres") && args.contains("-D")) {
            return Optional.of(POSTGRES_SERVER);
        }
        return Optional.empty();
    }
}
