package tw.smartdesk.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Waits for services started together: polls each one's {@code /q/health/ready} on its management port until all
 * answer 200, and fails with the end of a service's log as soon as one exits, or when one is still not ready at the
 * deadline.
 */
final class HealthWait {

    private static final long POLL_MILLIS = 500;

    private final PrintStream out;
    private final long startedAt;

    HealthWait(PrintStream out, long startedAt) {
        this.out = out;
        this.startedAt = startedAt;
    }

    /** {@code children.get(i)} is the process of {@code services.get(i)}. */
    void await(List<ServiceProcess> services, List<ChildProcess> children, Duration timeout) {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            pending.add(i);
        }
        long deadline = startedAt + timeout.toNanos();
        while (!pending.isEmpty()) {
            for (Integer index : List.copyOf(pending)) {
                ChildProcess child = children.get(index);
                if (!child.isAlive()) {
                    throw failed(child, "exited with code " + child.exitValue() + " before it was ready");
                }
                if (services.get(index).ready()) {
                    pending.remove(index);
                    out.printf(Locale.ROOT, "  %-23s ready in %.1f s (pid %d)%n", child.name(),
                            (System.nanoTime() - startedAt) / 1e9, child.pid());
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw failed(children.get(pending.get(0)), "was not ready within " + timeout.toSeconds() + " s");
            }
            Sleep.millis(POLL_MILLIS);
        }
    }

    static StackException failed(ChildProcess child, String what) {
        String tail = child.logTail(40);
        return new StackException(child.name() + " " + what + "; the end of " + child.log() + ":\n" + tail + hint(tail));
    }

    /** What to do about a failure a developer meets often. */
    static String hint(String logTail) {
        if (logTail.contains("Migration checksum mismatch") || logTail.contains("Detected resolved migration not applied")) {
            return "\nA migration changed since this database was made: ./smartdesk reset drops the local databases and Kafka data.";
        }
        if (logTail.contains("Could not find or load main class")) {
            return "\nThe service's build looks incomplete (a build running now?): ./smartdesk up --build rebuilds it.";
        }
        return "";
    }
}
