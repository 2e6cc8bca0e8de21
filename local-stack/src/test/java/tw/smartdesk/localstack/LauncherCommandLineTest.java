package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.smartdesk.security.Roles;

/** The launcher as its user meets it: a separate JVM, its exit code, what it prints and where. */
class LauncherCommandLineTest {

    @TempDir
    Path state;
    @TempDir
    Path output;

    @Test
    void withoutPostgresItPrintsOneLineAndExitsNonZero() throws Exception {
        int port = FreePorts.next();

        Run run = launcher(Map.of("SMARTDESK_DB_PORT", String.valueOf(port)), "up");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.stdout).isEmpty();
        assertThat(run.stderr).containsExactly("PostgreSQL is not reachable at 127.0.0.1:" + port + ": start it, or set "
                + "SMARTDESK_DB_HOST/SMARTDESK_DB_PORT/SMARTDESK_DB_USER/SMARTDESK_DB_PASSWORD to point at another server");
        assertThat(state).isEmptyDirectory();
    }

    @Test
    void tokensForOneRoleIsTheBareTokenForShellSubstitution() throws Exception {
        Run run = launcher(Map.of(), "tokens", Roles.CITIZEN);

        assertThat(run.exitCode).isZero();
        assertThat(run.stdout).hasSize(1);
        assertThat(run.stdout.get(0)).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(state.resolve("keys/publicKey.pem")).exists();
    }

    @Test
    void tokensListsEveryRole() throws Exception {
        Run run = launcher(Map.of(), "tokens");

        assertThat(run.exitCode).isZero();
        for (String role : Roles.ALL) {
            assertThat(run.stdout).anyMatch(line -> line.matches("\\s+" + role + "\\s+\\S+\\s+[\\w-]+\\.[\\w-]+\\.[\\w-]+"));
        }
    }

    @Test
    void anUnknownRoleOrCommandIsRefused() throws Exception {
        Run role = launcher(Map.of(), "tokens", "mayor");
        assertThat(role.exitCode).isEqualTo(1);
        assertThat(role.stderr).containsExactly("Unknown role 'mayor': choose from " + String.join(", ", Roles.ALL));

        Run command = launcher(Map.of(), "start");
        assertThat(command.exitCode).isEqualTo(2);
    }

    @Test
    void downWithNothingRunningSaysSo() throws Exception {
        Run run = launcher(Map.of(), "down");

        assertThat(run.exitCode).isZero();
        assertThat(run.stdout).containsExactly("No SmartDesk stack runs from " + state);
    }

    @Test
    void resetDropsTheDatabasesAndKafkaDataButKeepsTheKeys() throws Exception {
        String suffix = "_reset_" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> environment = Map.of("SMARTDESK_DB_SUFFIX", suffix, "SMARTDESK_SERVICES", "application-service");
        PostgresCheck postgres = new PostgresCheck(StackSettings.from(System.getenv(), new Properties()).database());
        String database = "smartdesk_application" + suffix;
        postgres.createMissing(List.of(database));
        Files.createDirectories(state.resolve("kafka/data"));
        Files.writeString(state.resolve("kafka/data/meta.properties"), "cluster.id=x\n");
        try {
            assertThat(launcher(environment, "tokens").exitCode).isZero();

            Run run = launcher(environment, "reset");

            assertThat(run.exitCode).isZero();
            assertThat(run.stdout).anyMatch(line -> line.endsWith("dropped " + database));
            assertThat(state.resolve("kafka")).doesNotExist();
            assertThat(state.resolve("keys/privateKey.pem")).exists();
            assertThat(postgres.createMissing(List.of(database))).as("it was gone").containsExactly(database);
        } finally {
            postgres.drop(List.of(database));
        }
    }

    private Run launcher(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocalStack.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(output.resolve("out.txt").toFile())
                .redirectError(output.resolve("err.txt").toFile());
        builder.environment().put("SMARTDESK_STATE_DIR", state.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
        return new Run(process.exitValue(), lines(output.resolve("out.txt")),
                lines(output.resolve("err.txt")));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).lines().toList();
    }

    private record Run(int exitCode, List<String> stdout, List<String> stderr) {
    }
}
