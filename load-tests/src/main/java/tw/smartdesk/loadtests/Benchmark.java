package tw.smartdesk.loadtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark of the running stack ({@code ./smartdesk bench [--quick]}): see load-tests/README.md. Writes
 * {@code load-tests/target/benchmark/report.md} and {@code latency.svg} and prints the tables.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) {
        try {
            BenchmarkOptions options = BenchmarkOptions.parse(args);
            Path repoRoot = Path.of(System.getProperty("smartdesk.repo.root", ".")).toAbsolutePath().normalize();
            Path outputDir = repoRoot.resolve("load-tests/target/benchmark");
            Files.createDirectories(outputDir);
            BenchmarkResults results = new BenchmarkRun(options, repoRoot, outputDir, System.getenv()).run();
            List<Targets.Check> checks = Targets.check(results);
            Files.writeString(outputDir.resolve("report.md"), MarkdownReport.render(results, checks));
            Files.writeString(outputDir.resolve("latency.svg"), LatencyChart.render(results.scenarios()));
            System.out.println();
            System.out.println(MarkdownReport.targets(checks));
            System.out.println(MarkdownReport.scenarios(results));
            System.out.println("Report: " + outputDir.resolve("report.md") + " (chart: latency.svg)");
            System.exit(0);
        } catch (BenchmarkException | IOException e) {
            System.out.flush();
            System.err.println("Benchmark failed: " + e.getMessage());
            System.exit(1);
        }
    }
}
