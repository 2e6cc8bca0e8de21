package tw.smartdesk.loadtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What else ran on the machine during a window: the CPU time of every process that is neither the benchmarked
 * system nor the generator, so that a flagged window names what took the machine (another build, another stack).
 */
final class OtherWork {

    private OtherWork() {
    }

    /** CPU ticks of every process now, by PID. */
    static Map<Long, Long> ticksOfAll() {
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong)
                    .forEach(pid -> ProcFiles.read(pid, "stat").ifPresent(stat -> ticks.put(pid, ProcFiles.cpuTicks(stat))));
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    /** The {@code count} busiest other processes of the window, e.g. "maven 41.2%", as shares of the whole machine. */
    static List<String> busiest(Map<Long, Long> before, Map<Long, Long> after, Set<Long> excluded, double seconds, int cpus, int count) {
        List<Map.Entry<Long, Long>> used = new ArrayList<>();
        after.forEach((pid, ticks) -> {
            if (!excluded.contains(pid)) {
                long delta = ticks - before.getOrDefault(pid, 0L);
                if (delta > 0) {
                    used.add(Map.entry(pid, delta));
                }
            }
        });
        used.sort(Map.Entry.<Long, Long>comparingByValue().reversed());
        List<String> busiest = new ArrayList<>();
        for (Map.Entry<Long, Long> entry : used.subList(0, Math.min(count, used.size()))) {
            double share = entry.getValue() / (double) ProcFiles.TICKS_PER_SECOND / seconds / cpus;
            busiest.add(String.format(Locale.ROOT, "%s %s", name(entry.getKey()), Format.percent(share)));
        }
        return busiest;
    }

    /** A short name: "maven", a jar's file name, a Java main class, or the program (or kernel thread) name. */
    static String name(long pid) {
        List<String> args = ProcFiles.commandLine(pid).orElse(List.of());
        if (args.isEmpty()) {
            return ProcFiles.read(pid, "stat").map(stat -> "[" + stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')) + "]")
                    .orElse("pid " + pid);
        }
        return name(args);
    }

    static String name(List<String> args) {
        String program = Path.of(args.get(0)).getFileName().toString();
        if (!program.equals("java")) {
            String title = String.join(" ", args).trim();
            return title.startsWith("postgres: ") ? title.substring(0, Math.min(title.length(), 60)) : program;
        }
        if (args.stream().anyMatch(arg -> arg.contains("plexus-classworlds"))) {
            return "maven";
        }
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("-jar")) {
                Path jar = Path.of(args.get(i + 1)).toAbsolutePath();
                // a Quarkus fast-jar: <checkout>/<module>/target/quarkus-app/quarkus-run.jar
                if (jar.endsWith(Path.of("target", "quarkus-app", "quarkus-run.jar")) && jar.getNameCount() >= 5) {
                    return jar.getName(jar.getNameCount() - 5) + "/" + jar.getName(jar.getNameCount() - 4);
                }
                return "java -jar " + jar.getFileName();
            }
        }
        return args.stream().filter(arg -> !arg.startsWith("-") && arg.matches("[\\w$]+(\\.[\\w$]+)+") && !arg.endsWith(".jar"))
                .reduce((first, second) -> second).map(main -> "java " + main.substring(main.lastIndexOf('.') + 1)).orElse("java");
    }
}
