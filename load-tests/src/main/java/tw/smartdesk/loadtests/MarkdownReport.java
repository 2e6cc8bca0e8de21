package tw.smartdesk.loadtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The report of a run as Markdown: targets first, then every figure behind them. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(BenchmarkResults results, List<Targets.Check> checks) {
        StringBuilder md = new StringBuilder();
        md.append("# SmartDesk benchmark (").append(results.title()).append(" run)\n\n");
        md.append(results.at()).append(". ").append(results.machine()).append(". Latency over time: [latency.svg](latency.svg).\n\n");
        md.append("## Targets\n\n").append(targets(checks)).append('\n');
        md.append("## pgbench baseline (same run, same PostgreSQL, before the stack started)\n\n").append(baseline(results)).append('\n');
        md.append("## Scenarios\n\n").append(scenarios(results)).append('\n');
        md.append(events(results)).append('\n');
        md.append(lag(results)).append('\n');
        md.append(ReservationSection.render(results.reservations())).append('\n');
        md.append(EnvironmentSection.processes(results)).append('\n');
        md.append(EnvironmentSection.flags(results)).append('\n');
        md.append(EnvironmentSection.method(results));
        return md.toString();
    }

    static String targets(List<Targets.Check> checks) {
        Table table = new Table("target", "measured", "ratio to pgbench", "goal", "result");
        for (Targets.Check check : checks) {
            table.row(check.target(), check.measured(), check.ratio(), check.goal(), Format.passFail(check.pass()));
        }
        return table.render();
    }

    static String baseline(BenchmarkResults results) {
        PgbenchBaseline.Baseline baseline = results.baseline();
        Table table = new Table("transaction", "clients", "seconds", "tps", "average latency (ms)", "failed");
        table.row("submission (application row + outbox row)", String.valueOf(baseline.clients()), String.valueOf(baseline.seconds()),
                String.format(Locale.ROOT, "%.0f", baseline.submission().tps()), Format.ms(baseline.submission().latencyAverageMillis()),
                String.valueOf(baseline.submission().failed()));
        table.row("status read (one row by primary key of 100,000)", String.valueOf(baseline.clients()), String.valueOf(baseline.seconds()),
                String.format(Locale.ROOT, "%.0f", baseline.read().tps()), Format.ms(baseline.read().latencyAverageMillis()),
                String.valueOf(baseline.read().failed()));
        return table.render();
    }

    static String scenarios(BenchmarkResults results) {
        Table table = new Table("scenario", "load", "ok/s", "ratio to pgbench", "p50", "p90", "p99", "p99.9", "max (ms)", "errors",
                "generator CPU");
        for (ScenarioResult result : results.scenarios()) {
            String generator = results.machineOf(result).map(m -> Format.percent(m.generatorShare()) + (m.generatorTooBusy() ? " (!)" : ""))
                    .orElse("n/a");
            LatencySummary latency = result.latency();
            table.row(result.name(), result.load(), Format.rate(result.throughput()), Format.ratio(result.throughput(), results.baselineFor(result)),
                    Format.ms(latency.p50()), Format.ms(latency.p90()), Format.ms(latency.p99()), Format.ms(latency.p999()),
                    Format.ms(latency.max()), Format.errors(result.errors()), generator);
        }
        return table.render();
    }

    static String events(BenchmarkResults results) {
        EventLatency.Result events = results.events();
        StringBuilder md = new StringBuilder("## Commit to consumed (" + events.events() + " events written at "
                + results.halfRate().load().replace("open, ", "") + ", half the maximum submission rate of "
                + Format.rate(results.maximumSubmissionRate()) + ")\n\n");
        Table table = new Table("consumer", "events applied", "p50", "p90", "p99", "p99.9", "max (ms)");
        for (Map.Entry<String, LatencySummary> entry : events.perConsumer().entrySet()) {
            LatencySummary l = entry.getValue();
            table.row(entry.getKey(), events.consumed().get(entry.getKey()) + " of " + events.events(), Format.ms(l.p50()), Format.ms(l.p90()),
                    Format.ms(l.p99()), Format.ms(l.p999()), Format.ms(l.max()));
        }
        LatencySummary relay = events.relay();
        table.row("(outbox relay: row to published)", relay.count() + " of " + events.events(), Format.ms(relay.p50()), Format.ms(relay.p90()),
                Format.ms(relay.p99()), Format.ms(relay.p999()), Format.ms(relay.max()));
        return md.append(table.render()).toString();
    }

    static String lag(BenchmarkResults results) {
        List<LagPoint> points = results.lag();
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "## Consumer lag and outbox backlog (burst of %.0f s at %s, then watched)%n%n", results.burstSeconds(),
                results.burst().load().replace("open, ", "")));
        md.append("Peak: ").append(LagPoint.peak(points)).append(" records/rows; back to 0: ")
                .append(results.recovery().map(s -> Format.seconds(s) + " after the burst").orElse("not while watched")).append(".\n\n");
        TreeSet<String> groups = new TreeSet<>();
        points.forEach(point -> groups.addAll(point.consumerLag().keySet()));
        List<String> header = new ArrayList<>(List.of("at (s)"));
        groups.forEach(group -> header.add("lag " + group));
        header.add("unpublished outbox rows");
        Table table = new Table(header.toArray(String[]::new));
        double nextAt = 0;
        for (LagPoint point : points) {
            if (point.at() + 1e-9 < nextAt && point != points.get(points.size() - 1)) {
                continue;
            }
            nextAt = point.at() + 5;
            List<String> row = new ArrayList<>(List.of(String.format(Locale.ROOT, "%.0f", point.at())));
            groups.forEach(group -> row.add(String.valueOf(point.consumerLag().getOrDefault(group, 0L))));
            row.add(String.valueOf(point.totalBacklog()));
            table.row(row.toArray(String[]::new));
        }
        return md.append(table.render()).toString();
    }
}
