package tw.smartdesk.localstack;

/** The pause between two polls of something the launcher waits for. */
final class Sleep {

    private Sleep() {
    }

    /** Sleeps; an interrupt ends the wait with a {@link StackException} and keeps the interrupt flag. */
    static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting", e);
        }
    }
}
