package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessGroupsTest {

    private final ProcessGroups groups = new ProcessGroups(Path.of("/repo/load-tests/target/bench-stack"), "_bench");

    @Test
    void aServiceOfTheStackIsNamedByItsModule() {
        List<String> args = List.of("/usr/bin/java", "-Xmx256m", "-Dsmartdesk.local-stack=/repo/load-tests/target/bench-stack",
                "-Dquarkus.http.port=8281", "-jar", "/repo/application-service/target/quarkus-app/quarkus-run.jar");

        assertThat(groups.classify(args)).hasValue("application-service");
    }

    @Test
    void theBrokerOfTheStackIsKafka() {
        List<String> args = List.of("java", "-Xmx512m", "-Dsmartdesk.local-stack=/repo/load-tests/target/bench-stack", "-cp", "lib/*",
                "kafka.Kafka", "server.properties");

        assertThat(groups.classify(args)).hasValue(ProcessGroups.KAFKA);
    }

    @Test
    void anotherStacksProcessesAreNotCounted() {
        List<String> args = List.of("java", "-Dsmartdesk.local-stack=/repo/.local-stack", "-jar",
                "/repo/application-service/target/quarkus-app/quarkus-run.jar");

        assertThat(groups.classify(args)).isEmpty();
    }

    @Test
    void backendsOfTheStacksDatabasesAreCountedTogether() {
        assertThat(groups.classify(List.of("postgres: 15/main: postgres smartdesk_application_bench 127.0.0.1(51234) idle")))
                .hasValue(ProcessGroups.POSTGRES_BACKENDS);
        assertThat(groups.classify(List.of("postgres: postgres smartdesk_analytics_bench 127.0.0.1(40000) UPDATE waiting")))
                .hasValue(ProcessGroups.POSTGRES_BACKENDS);
        assertThat(groups.classify(List.of("postgres: 15/main: autovacuum worker smartdesk_locker_bench")))
                .hasValue(ProcessGroups.POSTGRES_BACKENDS);
    }

    @Test
    void backendsOfOtherDatabasesAreNotCounted() {
        assertThat(groups.classify(List.of("postgres: 15/main: postgres smartdesk_application 127.0.0.1(51234) idle"))).isEmpty();
        assertThat(groups.classify(List.of("postgres: 15/main: postgres smartdesk_application_2 127.0.0.1(51234) idle"))).isEmpty();
        assertThat(groups.classify(List.of("postgres: 15/main: postgres test [local] idle"))).isEmpty();
    }

    @Test
    void theServersOwnProcessesAreCountedApart() {
        assertThat(groups.classify(List.of("postgres: 15/main: walwriter "))).hasValue(ProcessGroups.POSTGRES_SERVER);
        assertThat(groups.classify(List.of("postgres: checkpointer "))).hasValue(ProcessGroups.POSTGRES_SERVER);
        assertThat(groups.classify(List.of("/usr/lib/postgresql/15/bin/postgres", "-D", "/var/lib/postgresql/15/main", "-c",
                "config_file=/etc/postgresql/15/main/postgresql.conf"))).hasValue(ProcessGroups.POSTGRES_SERVER);
    }

    @Test
    void theBaselineCountsPgbenchAndTheBackendsOfItsScratchDatabase() {
        assertThat(groups.classify(List.of("/usr/bin/pgbench", "-h", "127.0.0.1", "-c", "32", "smartdesk_pgbench_4242")))
                .hasValue(ProcessGroups.PGBENCH);
        assertThat(groups.classify(List.of("postgres: 15/main: postgres smartdesk_pgbench_4242 127.0.0.1(40022) COMMIT")))
                .hasValue(ProcessGroups.POSTGRES_BACKENDS);
    }

    @Test
    void postgresMemoryLeavesTheSharedBuffersOut() {
        MachineSampler.ProcessSample backend = new MachineSampler.ProcessSample(1, ProcessGroups.POSTGRES_BACKENDS, 0, 140_000, 128_000, 150_000);
        MachineSampler.ProcessSample service = new MachineSampler.ProcessSample(2, "application-service", 0, 300_000, 1_000, 310_000);

        assertThat(backend.ownKb()).isEqualTo(12_000);
        assertThat(service.ownKb()).isEqualTo(300_000);
    }

    @Test
    void anythingElseIsNotPartOfTheSystem() {
        assertThat(groups.classify(List.of("/usr/bin/bash", "./mvnw", "verify"))).isEmpty();
        assertThat(groups.classify(List.of())).isEmpty();
    }
}
