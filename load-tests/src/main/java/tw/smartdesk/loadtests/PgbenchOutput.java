package tw.smartdesk.loadtests;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one pgbench run printed: transactions per second (without the connection set-up, as pgbench 14+ prints it;
 * the "excluding connections establishing" line of older versions is read the same way), the average latency,
 * and the processed and failed transaction counts.
 */
record PgbenchOutput(double tps, double latencyAverageMillis, long processed, long failed) {

    private static final Pattern TPS = Pattern.compile("^tps = ([0-9.]+) \\((without initial connection time|excluding connections establishing)\\)",
            Pattern.MULTILINE);
    private static final Pattern ANY_TPS = Pattern.compile("^tps = ([0-9.]+)", Pattern.MULTILINE);
    private static final Pattern LATENCY = Pattern.compile("^latency average = ([0-9.]+) ms", Pattern.MULTILINE);
    private static final Pattern PROCESSED = Pattern.compile("^number of transactions actually processed: ([0-9]+)", Pattern.MULTILINE);
    private static final Pattern FAILED = Pattern.compile("^number of failed transactions: ([0-9]+)", Pattern.MULTILINE);

    /** Parses pgbench's summary; fails with the output when it has no tps line or the run was aborted. */
    static PgbenchOutput parse(String output) {
        if (output.contains("Run was aborted")) {
            throw new BenchmarkException("pgbench aborted its run:\n" + output);
        }
        double tps = number(TPS, output).or(() -> number(ANY_TPS, output))
                .orElseThrow(() -> new BenchmarkException("pgbench printed no tps:\n" + output));
        double latency = number(LATENCY, output).orElse(Double.NaN);
        long processed = number(PROCESSED, output).map(Double::longValue).orElse(0L);
        long failed = number(FAILED, output).map(Double::longValue).orElse(0L);
        return new PgbenchOutput(tps, latency, processed, failed);
    }

    private static Optional<Double> number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
    }
}
