package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The launcher's table of services agrees with what each service module declares. */
class ServiceModulesTest {

    @ParameterizedTest
    @EnumSource(StackService.class)
    void portsAndDatabaseAreTheOnesTheServiceDeclares(StackService service) {
        Path file = RepoFiles.applicationProperties(service);
        Assumptions.assumeTrue(Files.exists(file), service.module() + " has no application.properties yet");
        Properties properties = RepoFiles.properties(file);

        assertThat(properties.getProperty("quarkus.http.port")).as(service.module() + " quarkus.http.port")
                .isEqualTo(String.valueOf(service.defaultPort()));
        assertThat(properties.getProperty("quarkus.management.port")).as(service.module() + " quarkus.management.port")
                .isEqualTo("${SMARTDESK_MANAGEMENT_PORT:" + service.defaultManagementPort() + "}");
        assertThat(RepoFiles.databaseOf(properties.getProperty("quarkus.datasource.reactive.url")))
                .as(service.module() + " reactive datasource").isEqualTo(service.database());
        assertThat(RepoFiles.databaseOf(properties.getProperty("quarkus.datasource.jdbc.url")))
                .as(service.module() + " JDBC datasource (Flyway)").isEqualTo(service.database());
    }

    @ParameterizedTest
    @EnumSource(StackService.class)
    void theLauncherSetsEveryVariableTheServiceCannotStartWithout(StackService service) {
        Path file = RepoFiles.applicationProperties(service);
        Assumptions.assumeTrue(Files.exists(file), service.module() + " has no application.properties yet");
        StackSettings settings = StackSettings.from(Map.of(), new Properties());
        Set<String> provided = new TreeSet<>(new ServiceProcess(service, settings).environment(Path.of("publicKey.pem")).keySet());
        provided.addAll(StackSecrets.GENERATED.keySet());

        assertThat(provided).as("variables without a default in " + file).containsAll(RepoFiles.requiredVariables(file));
        assertThat(provided).as("variables without a default in " + RepoFiles.platformProperties())
                .containsAll(RepoFiles.requiredVariables(RepoFiles.platformProperties()))
                .contains("SMARTDESK_JWT_PUBLIC_KEY");
    }

    @ParameterizedTest
    @EnumSource(StackService.class)
    void everyServiceIsAModuleOfTheBuild(StackService service) throws Exception {
        assertThat(Files.readString(RepoFiles.root().resolve("pom.xml"))).contains("<module>" + service.module() + "</module>");
        assertThat(Files.readString(RepoFiles.root().resolve("local-stack/pom.xml")))
                .as("local-stack is built after " + service.module()).contains("<artifactId>" + service.module() + "</artifactId>");
    }
}
