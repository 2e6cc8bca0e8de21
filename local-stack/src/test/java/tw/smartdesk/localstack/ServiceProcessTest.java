package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @TempDir
    Path repo;

    private final JavaCommand java = new JavaCommand("/jdk/bin/java", "unused");

    @Test
    void startsTheFastJarWithTheHeapAndMarkerBeforeMinusJar() throws Exception {
        Path jar = packaged(StackService.RESERVATION);
        StackSettings settings = settings(Map.of("SMARTDESK_JAVA_OPTS", "-XX:+ExitOnOutOfMemoryError"));

        List<String> command = new ServiceProcess(StackService.RESERVATION, settings).command(java);

        List<String> expected = new ArrayList<>(List.of("/jdk/bin/java"));
        expected.addAll(ServiceProcess.footprint(Runtime.version()));
        expected.addAll(List.of("-XX:+ExitOnOutOfMemoryError",
                "-Dsmartdesk.local-stack=" + repo.resolve(".local-stack"), "-Dquarkus.http.port=8082",
                "-Dquarkus.management.port=9082", "-jar", jar.toString()));
        assertThat(command).containsExactlyElementsOf(expected);
        assertThat(command).contains("-Xmx96m", "-XX:+UseSerialGC");
    }

    @Test
    void nativeHeapTrimmingOnlyOnJavasThatHaveIt() {
        assertThat(ServiceProcess.footprint(Runtime.Version.parse("17.0.8"))).doesNotContain(ServiceProcess.TRIM_NATIVE_HEAP)
                .contains("-Xmx96m", "-XX:+UseSerialGC");
        assertThat(ServiceProcess.footprint(Runtime.Version.parse("17.0.9+9"))).endsWith(ServiceProcess.TRIM_NATIVE_HEAP);
        assertThat(ServiceProcess.footprint(Runtime.Version.parse("21"))).endsWith(ServiceProcess.TRIM_NATIVE_HEAP);
    }

    @Test
    void theHttpPortOfTheSettingsIsAJvmOptionAfterSmartdeskJavaOpts() throws Exception {
        packaged(StackService.APPLICATION);
        StackSettings settings = settings(Map.of("SMARTDESK_PORT_APPLICATION", "18081",
                "SMARTDESK_JAVA_OPTS", "-Dquarkus.http.port=9999"));

        List<String> command = new ServiceProcess(StackService.APPLICATION, settings).command(java);

        assertThat(command).containsSubsequence("-Dquarkus.http.port=9999", "-Dquarkus.http.port=18081",
                "-Dquarkus.management.port=9081", "-jar");
        assertThat(command.get(command.size() - 4)).as("the last -D wins: the launcher's").isEqualTo("-Dquarkus.http.port=18081");
    }

    @Test
    void reservationServiceFindsApplicationServiceWhereverItsPortWasMoved() {
        StackSettings settings = settings(Map.of("SMARTDESK_PORT_OFFSET", "100"));
        Path key = repo.resolve(".local-stack/keys/publicKey.pem");

        assertThat(new ServiceProcess(StackService.RESERVATION, settings).environment(key))
                .containsEntry("SMARTDESK_PERSONS_URL", "http://127.0.0.1:8181");
        assertThat(new ServiceProcess(StackService.APPLICATION, settings).environment(key))
                .doesNotContainKey("SMARTDESK_PERSONS_URL");
    }

    @Test
    void isConfiguredThroughTheVariablesEveryServiceReads() {
        StackSettings settings = settings(Map.of("SMARTDESK_DB_HOST", "db", "SMARTDESK_DB_PORT", "6543",
                "SMARTDESK_DB_USER", "u", "SMARTDESK_DB_PASSWORD", "p", "SMARTDESK_KAFKA_PORT", "19092"));
        Path key = repo.resolve(".local-stack/keys/publicKey.pem");

        Map<String, String> environment = new ServiceProcess(StackService.APPLICATION, settings).environment(key);

        assertThat(environment).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("MALLOC_ARENA_MAX", "2"),
                Map.entry("SMARTDESK_DB_HOST", "db"),
                Map.entry("SMARTDESK_DB_PORT", "6543"),
                Map.entry("SMARTDESK_DB_USER", "u"),
                Map.entry("SMARTDESK_DB_PASSWORD", "p"),
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"),
                Map.entry("SMARTDESK_JWT_PUBLIC_KEY", key.toUri().toString()),
                Map.entry("SMARTDESK_JWT_ISSUER", "urn:smartdesk"),
                Map.entry("SMARTDESK_JWT_AUDIENCES", "smartdesk"),
                Map.entry("SMARTDESK_JWT_MAX_TOKEN_AGE", String.valueOf(StackTokens.LIFETIME.toSeconds())),
                // Swagger UI on the management port, its requests to the public port (CORS from the first)
                Map.entry("SMARTDESK_SWAGGER_UI_ENABLED", "true"),
                Map.entry("MP_OPENAPI_SERVERS", "http://127.0.0.1:8081"),
                Map.entry("QUARKUS_HTTP_CORS_ENABLED", "true"),
                Map.entry("QUARKUS_HTTP_CORS_ORIGINS", "http://127.0.0.1:9081,http://localhost:9081")));
        assertThat(environment.get("SMARTDESK_JWT_PUBLIC_KEY")).startsWith("file:/");
    }

    @Test
    void aDatabaseSuffixPointsTheServiceAtItsOwnDatabases() throws Exception {
        packaged(StackService.ANALYTICS);
        StackSettings settings = settings(Map.of("SMARTDESK_DB_SUFFIX", "_it_42"));

        List<String> command = new ServiceProcess(StackService.ANALYTICS, settings).command(java);

        assertThat(command).contains("-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:5432/smartdesk_analytics_it_42",
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/smartdesk_analytics_it_42");
        assertThat(command.indexOf("-jar")).isGreaterThan(command.indexOf(
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/smartdesk_analytics_it_42"));
    }

    @Test
    void aMissingJarSaysHowToBuildIt() {
        StackSettings settings = settings(Map.of());

        assertThatThrownBy(() -> new ServiceProcess(StackService.NOTIFICATION, settings).requireJar())
                .isInstanceOf(StackException.class)
                .hasMessageStartingWith(repo.resolve("notification-service/target/quarkus-app/quarkus-run.jar") + " is missing: ")
                .hasMessageContaining("./mvnw install -DskipTests");
    }

    private StackSettings settings(Map<String, String> environment) {
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.put("SMARTDESK_REPO_ROOT", repo.toString());
        return StackSettings.from(all, new Properties());
    }

    private Path packaged(StackService service) throws Exception {
        Path jar = service.jar(repo);
        Files.createDirectories(jar.getParent());
        return Files.writeString(jar, "not really a jar");
    }
}
