package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    @Test
    void theFullRunIsTheDefault() {
        BenchmarkOptions options = BenchmarkOptions.parse();

        assertThat(options.quick()).isFalse();
        assertThat(options.pgbenchSeconds()).isEqualTo(30);
        assertThat(options.pgbenchClients()).isEqualTo(32);
        assertThat(options.clients()).isEqualTo(64);
        assertThat(options.burstSeconds()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.recoveryLimit()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.idempotencyKeys()).isTrue();
    }

    @Test
    void quickShortensEveryPhaseButKeepsTheTargets() {
        BenchmarkOptions options = BenchmarkOptions.parse("--quick");

        assertThat(options.quick()).isTrue();
        assertThat(options.pgbenchSeconds()).isLessThan(30);
        assertThat(options.burstSeconds()).isLessThan(Duration.ofMinutes(1));
        assertThat(options.clients()).isEqualTo(64);
        assertThat(options.recoveryLimit()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void everyFigureCanBeSet() {
        BenchmarkOptions options = BenchmarkOptions.parse("--quick", "--pgbench-seconds=45", "--clients=16", "--burst-seconds=90",
                "--no-idempotency-key");

        assertThat(options.pgbenchSeconds()).isEqualTo(45);
        assertThat(options.clients()).isEqualTo(16);
        assertThat(options.burstSeconds()).isEqualTo(Duration.ofSeconds(90));
        assertThat(options.idempotencyKeys()).isFalse();
    }

    @Test
    void unknownOrWrongArgumentsAreRefused() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--fast")).isInstanceOf(BenchmarkException.class).hasMessageContaining("--fast");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--speed=3")).hasMessageContaining("speed");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--clients=-2")).hasMessageContaining("--clients");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--clients=many")).hasMessageContaining("--clients");
    }
}
