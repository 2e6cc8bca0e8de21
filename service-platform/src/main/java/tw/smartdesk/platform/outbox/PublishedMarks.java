package tw.smartdesk.platform.outbox;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

/**
 * Marks acknowledged rows, many keys' at once: the keys that finish while one marking runs on the leader's
 * connection are marked together by the next, in one statement for public topics (published) and one for
 * restricted topics (deleted), each only when it has rows. Under load the relay so runs a couple of statements
 * per batch of keys rather than two per key. A key stays busy until its own rows are marked, as before.
 */
final class PublishedMarks {

    private final RelayLeadership leadership;
    private final IntConsumer marked;
    private final List<PendingEvent> pending = new ArrayList<>();
    private final List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private boolean marking;

    /** @param marked told how many rows each marking marked (the outbox vacuum counts them) */
    PublishedMarks(RelayLeadership leadership, IntConsumer marked) {
        this.leadership = leadership;
        this.marked = marked;
    }

    /** Completes once {@code rows} are marked (or fails with the marking that failed; the rows stay unpublished). */
    Uni<Void> mark(List<PendingEvent> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        CompletableFuture<Void> marked = new CompletableFuture<>();
        boolean start;
        synchronized (this) {
            pending.addAll(rows);
            waiting.add(marked);
            start = !marking;
            marking = true;
        }
        if (start) {
            markPending();
        }
        return Uni.createFrom().completionStage(marked);
    }

    private void markPending() {
        List<PendingEvent> rows;
        List<CompletableFuture<Void>> callers;
        synchronized (this) {
            if (pending.isEmpty()) {
                marking = false;
                return;
            }
            rows = List.copyOf(pending);
            callers = List.copyOf(waiting);
            pending.clear();
            waiting.clear();
        }
        leadership.onLeaderConnection(connection -> OutboxRows.published(connection, rows)).subscribe().with(done -> {
            marked.accept(rows.size());
            callers.forEach(caller -> caller.complete(null));
            markPending();
        }, failure -> {
            callers.forEach(caller -> caller.completeExceptionally(failure));
            markPending();
        });
    }
}
