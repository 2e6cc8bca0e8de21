package tw.smartdesk.loadtests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The parts of the report about the machine: CPU and memory per process group, warnings, and how it was measured. */
final class EnvironmentSection {

    /** Other work on the machine above this share of all CPUs makes a run's figures doubtful. */
    static final double OTHER_WORK_LIMIT = 0.10;

    private EnvironmentSection() {
    }

    static String processes(BenchmarkResults results) {
        List<MachineFigures> figures = results.machineFigures();
        Set<String> groups = new LinkedHashSet<>();
        StackService.all().forEach(service -> groups.add(service.module()));
        groups.add(ProcessGroups.KAFKA);
        groups.add(ProcessGroups.POSTGRES_BACKENDS);
        groups.add(ProcessGroups.POSTGRES_SERVER);
        groups.add(ProcessGroups.PGBENCH);
        List<String> header = new ArrayList<>(List.of("process"));
        for (int i = 0; i < figures.size(); i++) {
            header.add("(" + (i + 1) + ")");
        }
        header.add("peak VmHWM");
        Table table = new Table(header.toArray(String[]::new));
        for (String group : groups) {
            List<String> row = new ArrayList<>(List.of(group));
            double hwm = 0;
            for (MachineFigures window : figures) {
                MachineFigures.Usage usage = window.usage().get(group);
                row.add(usage == null ? "-" : String.format(Locale.ROOT, "%.2f / %s", usage.cpuCores(), Format.megabytes(usage.maxRssMb())));
                hwm = Math.max(hwm, usage == null ? 0 : usage.peakHwmMb());
            }
            row.add(Format.megabytes(hwm));
            table.row(row.toArray(String[]::new));
        }
        List<String> generator = new ArrayList<>(List.of("load generator (share of the machine)"));
        List<String> busy = new ArrayList<>(List.of("whole machine busy"));
        List<String> interrupts = new ArrayList<>(List.of("interrupts (irq, softirq)"));
        List<String> other = new ArrayList<>(List.of("other work"));
        for (MachineFigures window : figures) {
            generator.add(Format.percent(window.generatorShare()));
            busy.add(Format.percent(window.machineBusyShare()));
            interrupts.add(Format.percent(window.interruptShare()));
            other.add(Format.percent(Math.max(0, window.otherShare())));
        }
        for (List<String> row : List.of(generator, busy, interrupts, other)) {
            row.add("");
            table.row(row.toArray(String[]::new));
        }
        StringBuilder md = new StringBuilder("## Processes under load\n\nCPU in cores (1.00 = one core all the window) / largest "
                + "resident memory sampled each second, per measured window. PostgreSQL backends are those of the stack's `_bench` "
                + "databases (and of pgbench's scratch database), added up; for PostgreSQL the memory is VmRSS less RssShmem (the "
                + "shared buffers every process maps), and peak VmHWM is that of its largest single process. Windows: ");
        for (int i = 0; i < figures.size(); i++) {
            md.append(i == 0 ? "" : "; ").append('(').append(i + 1).append(") ").append(figures.get(i).scenario());
        }
        return md.append(".\n\n").append(table.render()).toString();
    }

    static String flags(BenchmarkResults results) {
        List<String> flags = new ArrayList<>();
        for (MachineFigures window : results.machineFigures()) {
            if (window.generatorTooBusy()) {
                flags.add(String.format(Locale.ROOT, "The load generator used %s of the machine during \"%s\" (over %s): it may have "
                        + "held the system back; its figures are a lower bound.", Format.percent(window.generatorShare()), window.scenario(),
                        Format.percent(MachineFigures.GENERATOR_LIMIT)));
            }
            double other = window.otherShare();
            if (other > OTHER_WORK_LIMIT) {
                flags.add(String.format(Locale.ROOT, "Other work used about %s of the machine during \"%s\" (busiest: %s): the figures "
                        + "of that window are lower than on a quiet machine.", Format.percent(other), window.scenario(),
                        String.join(", ", window.busiestOthers())));
            }
        }
        congestion(results).ifPresent(flags::add);
        ScenarioResult burst = results.burst();
        if (burst != null && burst.errorCount() == 0 && burst.latency().p99() < 1000) {
            flags.add(String.format(Locale.ROOT, "The burst at %s was answered with p99 %s ms and no errors: it did not overload the "
                    + "stack, so the maximum submission rate it is derived from understates the capacity.",
                    burst.load().replace("open, ", ""), Format.ms(burst.latency().p99())));
        }
        StringBuilder md = new StringBuilder("## Flags\n\n");
        if (flags.isEmpty()) {
            md.append("None: the generator stayed under ").append(Format.percent(MachineFigures.GENERATOR_LIMIT))
                    .append(" of the machine and little else ran.\n");
        }
        flags.forEach(flag -> md.append("- ").append(flag).append('\n'));
        return md.toString();
    }

    /** Fewer callers got more submissions through than the 64: the system congests under concurrency. */
    static java.util.Optional<String> congestion(BenchmarkResults results) {
        ScenarioResult many = results.submission();
        ScenarioResult few = results.submissionFew();
        if (few == null || few.throughput() <= many.throughput() * 1.2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(Locale.ROOT, "Congestion: %s submitted %s (p50 %s ms) where %s submitted %s "
                + "(p50 %s ms). The maximum submission rate (and the half rate and burst derived from it) is the higher one.",
                many.load().replace("closed, ", ""), Format.rate(many.throughput()), Format.ms(many.latency().p50()),
                few.load().replace("closed, ", ""), Format.rate(few.throughput()), Format.ms(few.latency().p50())));
    }

    static String method(BenchmarkResults results) {
        BenchmarkOptions o = results.options();
        return String.format(Locale.ROOT, """
                ## How it was measured

                - Closed loop: %d callers, each sending its next request when the previous one is answered; %d s warm-up (%d s for
                  reads), then %d s measured (%d s for reads). Latency from sending to the whole answer.
                - Open model: requests due at a constant rate whatever the answers; latency counts from the time a request was due,
                  so queueing (in the generator's connection pool or the server) is measured, not hidden (coordinated omission).
                - Submissions: `POST /applications`, channel ONLINE, a fresh valid national ID per request, %d citizen accounts in
                  turn, contacts included%s. Status reads use the applications this run filed, each read by its owner.
                - Latencies in HdrHistogram (3 significant digits); errors are non-2xx answers, timeouts (%d s) and connection failures.
                - Ratios: submissions/s over pgbench submission tps; reads/s over pgbench read-only tps (both measured in this run).
                """, o.clients(), o.warmup().toSeconds(), o.readWarmup().toSeconds(), o.submissionSeconds().toSeconds(),
                o.readSeconds().toSeconds(), o.citizens(), o.idempotencyKeys() ? ", each with an Idempotency-Key" : ", without Idempotency-Key",
                o.timeout().toSeconds());
    }
}
