package tw.smartdesk.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process the launcher started (the broker or a service), with its output in a log file; stopped by its
 * own PID: SIGTERM first, so that it shuts down cleanly, and a kill only if it does not stop in time.
 */
final class ChildProcess {

    private static final int GRACE_SECONDS = 30;

    private final String name;
    private final Path log;
    private final Process process;

    private ChildProcess(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code command} with {@code environment} added to the launcher's, output to {@code log} (replaced). */
    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new ChildProcess(name, log, builder.start());
        } catch (IOException e) {
            throw new StackException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    Process process() {
        return process;
    }

    /** Asks the process to stop (SIGTERM) without waiting. */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the process to end after {@link #requestStop()}; kills it if it takes too long. */
    boolean awaitStop() {
        try {
            if (process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    /** The last {@code lines} lines of the log, for a failure message. */
    String logTail(int lines) {
        return tail(log, lines);
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
