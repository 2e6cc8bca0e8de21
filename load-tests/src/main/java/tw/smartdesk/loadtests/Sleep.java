package tw.smartdesk.loadtests;

import java.util.concurrent.locks.LockSupport;

/** Waiting until a {@link System#nanoTime()} deadline, or for a while. */
final class Sleep {

    private Sleep() {
    }

    static void until(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                throw new BenchmarkException("Interrupted");
            }
        }
    }

    static void millis(long millis) {
        until(System.nanoTime() + millis * 1_000_000L);
    }
}
