package tw.smartdesk.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The processes of this stack (same state folder) found by their command line marker
 * ({@link StackSettings#childMarker()}), and the launcher found by its PID file. A launcher killed outright
 * ({@code kill -9}) cannot stop its children; the next {@code up} or {@code down} does, by their PIDs.
 */
final class Leftovers {

    private Leftovers() {
    }

    /** The running children of this stack's earlier launchers (and of a running one). */
    static List<ProcessHandle> children(StackSettings settings) {
        String marker = settings.childMarker();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self)
                .filter(process -> process.info().arguments().map(args -> Arrays.asList(args).contains(marker)).orElse(false))
                .toList();
    }

    /**
     * The launcher recorded in the PID file, if it still runs: a java process running {@link LocalStack} that
     * started before the file was written (so not another program that got the PID of a killed launcher).
     */
    static Optional<ProcessHandle> launcher(StackSettings settings) {
        Path pidFile = settings.launcherPidFile();
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Instant written = Files.getLastModifiedTime(pidFile).toInstant();
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().arguments().map(List::of).orElse(List.of()).contains(LocalStack.class.getName()))
                    .filter(process -> process.info().startInstant().map(start -> !start.isAfter(written)).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the services first and the broker last, as the launcher itself does. */
    static void stopInOrder(List<ProcessHandle> processes) {
        stop(processes.stream().filter(process -> !describe(process).startsWith("kafka ")).toList());
        stop(processes.stream().filter(process -> describe(process).startsWith("kafka ")).toList());
    }

    /** SIGTERM to each, then waits; a process that does not stop in time is killed. */
    static void stop(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                process.destroyForcibly();
            }
        }
    }

    /** "kafka (pid 12)" or "application-service (pid 34)". */
    static String describe(ProcessHandle process) {
        List<String> args = process.info().arguments().map(List::of).orElse(List.of());
        String what = args.contains(KafkaProcess.MAIN_CLASS) ? "kafka" : args.stream()
                .filter(arg -> arg.endsWith("quarkus-app/quarkus-run.jar"))
                .map(arg -> Path.of(arg).getParent().getParent().getParent().getFileName().toString())
                .findFirst().orElse("java");
        return what + " (pid " + process.pid() + ")";
    }
}
