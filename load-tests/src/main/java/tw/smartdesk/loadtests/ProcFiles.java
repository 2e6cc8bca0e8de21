package tw.smartdesk.loadtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reading Linux's {@code /proc}: a process's CPU time ({@code stat}), its resident memory now and at its peak
 * ({@code status}: VmRSS, VmHWM), its command line, and the machine's CPU time ({@code /proc/stat}).
 */
final class ProcFiles {

    /** Clock ticks per second of the times in {@code /proc} ({@code getconf CLK_TCK}); 100 on Linux x86 and arm. */
    static final long TICKS_PER_SECOND = 100;

    private static final Path PROC = Path.of("/proc");

    private ProcFiles() {
    }

    /** User plus system CPU ticks from a {@code /proc/<pid>/stat} line (fields 14 and 15, after the command in parentheses). */
    static long cpuTicks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("Not a /proc/<pid>/stat line: " + stat);
        }
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        // fields[0] is field 3 (state); utime is field 14, stime field 15
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** A kB figure of {@code /proc/<pid>/status}, e.g. {@code VmRSS}; 0 when absent (kernel threads, zombies). */
    static long statusKb(String status, String key) {
        for (String line : status.split("\n")) {
            if (line.startsWith(key + ":")) {
                String[] parts = line.substring(key.length() + 1).trim().split("\\s+");
                return Long.parseLong(parts[0]);
            }
        }
        return 0;
    }

    /** The arguments of a {@code /proc/<pid>/cmdline} (NUL-separated). */
    static List<String> arguments(byte[] cmdline) {
        String all = new String(cmdline, StandardCharsets.UTF_8);
        if (all.endsWith("\0")) {
            all = all.substring(0, all.length() - 1);
        }
        return all.isEmpty() ? List.of() : Arrays.asList(all.split("\0", -1));
    }

    /**
     * Busy, total, and interrupt (irq plus softirq, e.g. loopback networking) ticks of all CPUs from the first line of
     * {@code /proc/stat}; idle and iowait are not busy.
     */
    static long[] machineTicks(String procStat) {
        String line = procStat.lines().filter(l -> l.startsWith("cpu ")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No cpu line in /proc/stat"));
        String[] fields = line.substring(4).trim().split("\\s+");
        long total = 0;
        // user nice system idle iowait irq softirq steal (guest times are already in user)
        for (int i = 0; i < Math.min(8, fields.length); i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[3]) + Long.parseLong(fields[4]);
        return new long[] {total - idle, total, Long.parseLong(fields[5]) + Long.parseLong(fields[6])};
    }

    static Optional<String> read(long pid, String file) {
        try {
            return Optional.of(Files.readString(PROC.resolve(String.valueOf(pid)).resolve(file)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<List<String>> commandLine(long pid) {
        try {
            return Optional.of(arguments(Files.readAllBytes(PROC.resolve(String.valueOf(pid)).resolve("cmdline"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static long[] machineTicks() {
        try {
            return machineTicks(Files.readString(PROC.resolve("stat")));
        } catch (IOException e) {
            return new long[] {0, 0, 0};
        }
    }
}
