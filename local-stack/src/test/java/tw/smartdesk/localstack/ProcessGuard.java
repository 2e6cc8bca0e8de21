package tw.smartdesk.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The processes an integration test started, stopped by their PIDs however the test ends: when it closes the
 * guard (in {@code finally} or {@code @AfterEach}), or from a shutdown hook if the test JVM is stopped first
 * (Ctrl-C on the build, a fork timeout). Besides the processes it was given and their descendants, it stops
 * every process carrying the child marker of a watched stack ({@link Leftovers#children}), which finds a
 * launcher's children even after the launcher itself died and they were re-parented. Then it runs the
 * clean-ups it was given (dropping databases, say); from the shutdown hook, where JUnit no longer deletes its
 * temporary folders, it also deletes the folders named {@link #temporary}.
 */
final class ProcessGuard implements AutoCloseable {

    private final List<ProcessHandle> processes = new CopyOnWriteArrayList<>();
    private final List<StackSettings> stacks = new CopyOnWriteArrayList<>();
    private final List<Cleanup> cleanups = new CopyOnWriteArrayList<>();
    private final List<Path> temporaryFolders = new CopyOnWriteArrayList<>();
    private final Thread hook = new Thread(this::shutdown, "process-guard");

    /** Something to undo once the processes are gone. */
    interface Cleanup {
        void run() throws Exception;
    }

    ProcessGuard() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    Process track(Process process) {
        processes.add(process.toHandle());
        return process;
    }

    ChildProcess track(ChildProcess child) {
        track(child.process());
        return child;
    }

    void watch(StackSettings settings) {
        stacks.add(settings);
    }

    void afterwards(Cleanup cleanup) {
        cleanups.add(cleanup);
    }

    /** A {@code @TempDir} to delete if the JVM ends before JUnit could. */
    void temporary(Path folder) {
        temporaryFolders.add(folder);
    }

    /** Kills every process still running (descendants before their parents are gone) and waits until each ended. */
    synchronized List<String> stopAll() {
        Map<Long, ProcessHandle> alive = new LinkedHashMap<>();
        for (ProcessHandle process : processes) {
            process.descendants().forEach(descendant -> alive.put(descendant.pid(), descendant));
            alive.put(process.pid(), process);
        }
        for (StackSettings settings : stacks) {
            Leftovers.children(settings).forEach(child -> alive.put(child.pid(), child));
        }
        alive.values().removeIf(process -> !process.isAlive());
        List<String> stopped = new ArrayList<>();
        for (ProcessHandle process : alive.values()) {
            stopped.add(Leftovers.describe(process));
            process.destroyForcibly();
        }
        for (ProcessHandle process : alive.values()) {
            try {
                process.onExit().get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return stopped;
    }

    /** Stops what is left, then runs the clean-ups; the first clean-up failure is thrown after all ran. */
    @Override
    public void close() throws Exception {
        try {
            List<String> stopped = stopAll();
            if (!stopped.isEmpty()) {
                System.out.println("Stopped what the test left running: " + String.join(", ", stopped));
            }
            runCleanups();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs (or ran) anyway
            }
        }
    }

    /** The test JVM ends before the test closed the guard. */
    private void shutdown() {
        stopAll();
        try {
            runCleanups();
        } catch (Exception e) {
            System.err.println("Clean-up after the stopped test failed: " + e);
        }
        temporaryFolders.forEach(ProcessGuard::deleteTree);
    }

    private synchronized void runCleanups() throws Exception {
        Exception first = null;
        for (Cleanup cleanup : cleanups) {
            try {
                cleanup.run();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        cleanups.clear();
        if (first != null) {
            throw first;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Cannot delete " + root + ": " + e);
        }
    }
}
