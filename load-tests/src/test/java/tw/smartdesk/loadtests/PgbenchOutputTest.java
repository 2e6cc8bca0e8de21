package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgbenchOutputTest {

    @Test
    void readsTheSummaryOfPgbench15() {
        String output = """
                pgbench (15.20 (Debian 15.20-0+deb12u1))
                transaction type: /tmp/submission.sql
                scaling factor: 1
                query mode: prepared
                number of clients: 32
                number of threads: 2
                maximum number of tries: 1
                duration: 5 s
                number of transactions actually processed: 21914
                number of failed transactions: 0 (0.000%)
                latency average = 7.276 ms
                initial connection time = 67.085 ms
                tps = 4398.004782 (without initial connection time)
                """;

        PgbenchOutput parsed = PgbenchOutput.parse(output);

        assertThat(parsed.tps()).isEqualTo(4398.004782);
        assertThat(parsed.latencyAverageMillis()).isEqualTo(7.276);
        assertThat(parsed.processed()).isEqualTo(21914);
        assertThat(parsed.failed()).isZero();
    }

    @Test
    void readsTheFigureWithoutConnectionsOfOlderVersions() {
        String output = """
                number of transactions actually processed: 1000
                latency average = 3.2 ms
                tps = 310.5 (including connections establishing)
                tps = 312.25 (excluding connections establishing)
                """;

        assertThat(PgbenchOutput.parse(output).tps()).isEqualTo(312.25);
    }

    @Test
    void countsFailedTransactions() {
        String output = """
                number of transactions actually processed: 900
                number of failed transactions: 12 (1.316%)
                tps = 90.0 (without initial connection time)
                """;

        assertThat(PgbenchOutput.parse(output).failed()).isEqualTo(12);
    }

    @Test
    void anAbortedRunIsAFailureNotAFigure() {
        String output = """
                pgbench: error: client 0 script 0 aborted in command 5 query 0: ERROR:  relation "bench_application" does not exist
                number of transactions actually processed: 0
                pgbench: error: Run was aborted; the above results are incomplete.
                """;

        assertThatThrownBy(() -> PgbenchOutput.parse(output)).isInstanceOf(BenchmarkException.class)
                .hasMessageContaining("aborted").hasMessageContaining("bench_application");
    }

    @Test
    void outputWithoutTpsIsAFailure() {
        assertThatThrownBy(() -> PgbenchOutput.parse("pgbench: error: connection to server failed\n"))
                .isInstanceOf(BenchmarkException.class).hasMessageContaining("no tps");
    }
}
