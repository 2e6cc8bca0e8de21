package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthWaitTest {

    @Test
    void anEditedMigrationPointsAtReset() {
        String tail = "Caused by: org.flywaydb.core.api.exception.FlywayValidateException: Validate failed\n"
                + "Migration checksum mismatch for migration version 0.1";

        assertThat(HealthWait.hint(tail)).contains("./smartdesk reset");
    }

    @Test
    void aHalfBuiltJarPointsAtRebuilding() {
        assertThat(HealthWait.hint("Error: Could not find or load main class io.quarkus.bootstrap.runner.QuarkusEntryPoint"))
                .contains("./smartdesk up --build");
    }

    @Test
    void anyOtherFailureGetsNoAdvice() {
        assertThat(HealthWait.hint("java.net.BindException: Address already in use")).isEmpty();
    }
}
