package tw.smartdesk.loadtests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The machine around each measured window: CPU time of every part of the system (each service, Kafka, the
 * PostgreSQL backends of the stack's databases, the PostgreSQL server processes), of the load generator itself and
 * of the whole machine, and the resident memory of each part, sampled every second while the window is open.
 */
final class MachineSampler implements AutoCloseable {

    private final ProcessGroups groups;
    private final Thread thread;
    private final List<MachineFigures> finished = new ArrayList<>();
    private volatile Window open;
    private volatile boolean running = true;

    MachineSampler(ProcessGroups groups) {
        this.groups = groups;
        this.thread = new Thread(this::sampleEverySecond, "machine-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** A window for {@code scenario}: the figures are kept when it closes ({@link #figures()}). */
    MeasureWindow window(String scenario) {
        return new MeasureWindow() {
            @Override
            public void opened() {
                open = new Window(scenario, scan());
            }

            @Override
            public void closed() {
                Window window = open;
                open = null;
                if (window != null) {
                    synchronized (finished) {
                        finished.add(window.close(scan()));
                    }
                }
            }
        };
    }

    List<MachineFigures> figures() {
        synchronized (finished) {
            return List.copyOf(finished);
        }
    }

    private void sampleEverySecond() {
        while (running) {
            Window window = open;
            if (window != null) {
                window.sample(scan());
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Every process of the benchmarked system now, by PID. */
    Map<Long, ProcessSample> scan() {
        Map<Long, ProcessSample> samples = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).forEach(pid -> ProcFiles.commandLine(pid).flatMap(groups::classify)
                            .ifPresent(group -> sample(pid, group).ifPresent(sample -> samples.put(pid, sample))));
        } catch (IOException e) {
            throw new BenchmarkException("Cannot read /proc: " + e.getMessage(), e);
        }
        return samples;
    }

    private static java.util.Optional<ProcessSample> sample(long pid, String group) {
        return ProcFiles.read(pid, "stat").flatMap(stat -> ProcFiles.read(pid, "status").map(status -> new ProcessSample(pid, group,
                ProcFiles.cpuTicks(stat), ProcFiles.statusKb(status, "VmRSS"), ProcFiles.statusKb(status, "RssShmem"),
                ProcFiles.statusKb(status, "VmHWM"))));
    }

    static long generatorCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    /**
     * One process at one moment.
     *
     * @param rssKb VmRSS
     * @param shmemKb RssShmem, the shared memory in it (for PostgreSQL: the shared buffers it touched)
     * @param hwmKb VmHWM, the largest VmRSS since the process started
     */
    record ProcessSample(long pid, String group, long ticks, long rssKb, long shmemKb, long hwmKb) {

        /**
         * The memory the process holds: its VmRSS, except for PostgreSQL, whose every process maps the same shared
         * buffers (added up they would count them once per backend); there, VmRSS less RssShmem.
         */
        long ownKb() {
            return ProcessGroups.isPostgres(group) ? rssKb - shmemKb : rssKb;
        }
    }

    /** An open window: where it started, and the largest resident memory of each group seen so far. */
    private static final class Window {

        private final String scenario;
        private final Map<Long, ProcessSample> start;
        private final long startNanos = System.nanoTime();
        private final long generatorStart = generatorCpuNanos();
        private final long[] machineStart = ProcFiles.machineTicks();
        private final Map<Long, Long> allStart = OtherWork.ticksOfAll();
        private final Map<String, Long> maxRssKb = new TreeMap<>();

        Window(String scenario, Map<Long, ProcessSample> start) {
            this.scenario = scenario;
            this.start = start;
            sample(start);
        }

        synchronized void sample(Map<Long, ProcessSample> now) {
            Map<String, Long> rss = new HashMap<>();
            now.values().forEach(sample -> rss.merge(sample.group(), sample.ownKb(), Long::sum));
            rss.forEach((group, kb) -> maxRssKb.merge(group, kb, Math::max));
        }

        synchronized MachineFigures close(Map<Long, ProcessSample> end) {
            sample(end);
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            int cpus = Runtime.getRuntime().availableProcessors();
            long[] machineEnd = ProcFiles.machineTicks();
            long machineTotal = machineEnd[1] - machineStart[1];
            double busy = machineTotal > 0 ? (double) (machineEnd[0] - machineStart[0]) / machineTotal : Double.NaN;
            double interrupts = machineTotal > 0 ? (double) (machineEnd[2] - machineStart[2]) / machineTotal : Double.NaN;
            Set<Long> ours = new HashSet<>(end.keySet());
            ours.addAll(start.keySet());
            ours.add(ProcessHandle.current().pid());
            List<String> others = OtherWork.busiest(allStart, OtherWork.ticksOfAll(), ours, seconds, cpus, 3);
            double generator = (generatorCpuNanos() - generatorStart) / 1e9 / seconds / cpus;
            Map<String, Long> ticks = new TreeMap<>();
            Map<String, Long> peakKb = new TreeMap<>();
            for (ProcessSample sample : end.values()) {
                ProcessSample before = start.get(sample.pid());
                ticks.merge(sample.group(), sample.ticks() - (before == null ? 0 : before.ticks()), Long::sum);
                peakKb.merge(sample.group(), sample.hwmKb(), Math::max);
            }
            Map<String, MachineFigures.Usage> usage = new TreeMap<>();
            for (String group : ticks.keySet()) {
                usage.put(group, new MachineFigures.Usage(ticks.get(group) / (double) ProcFiles.TICKS_PER_SECOND / seconds,
                        maxRssKb.getOrDefault(group, 0L) / 1024.0, peakKb.getOrDefault(group, 0L) / 1024.0));
            }
            return new MachineFigures(scenario, seconds, cpus, generator, busy, interrupts, others, usage);
        }
    }
}
