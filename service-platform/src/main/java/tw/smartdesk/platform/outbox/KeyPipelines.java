package tw.smartdesk.platform.outbox;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.apache.kafka.common.errors.RetriableException;
import tw.smartdesk.platform.config.OutboxConfig;

/**
 * The leader's sending, one pipeline per key: a key's rows go one at a time, each after the previous
 * one was acknowledged, and the first failure stops the key. The acknowledged rows are then marked
 * (on the lock-holding connection, together with other keys' that finished meanwhile: {@link PublishedMarks})
 * and the failed one counts an attempt: its key waits (back-off), and
 * after {@code max-attempts} the row is parked and its key waits for an operator
 * ({@link OutboxAdminResource}). Keys go side by side; a key being sent is busy and the relay's next
 * query skips it.
 */
final class KeyPipelines {

    private final Vertx vertx;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;
    private final RelayLeadership leadership;
    private final BooleanSupplier active;
    private final Runnable wakeRelay;
    private final PublishedMarks marks;
    private final Set<String> busyKeys = ConcurrentHashMap.newKeySet();
    private final List<CompletableFuture<Void>> idleWaiters = new CopyOnWriteArrayList<>();
    private volatile long lastAcknowledgedNanos = System.nanoTime();

    KeyPipelines(Vertx vertx, OutboxPublisher publisher, OutboxConfig config, OutboxMetrics metrics,
            RelayLeadership leadership, BooleanSupplier active, Runnable wakeRelay, IntConsumer marked) {
        this.vertx = vertx;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
        this.leadership = leadership;
        this.active = active;
        this.wakeRelay = wakeRelay;
        this.marks = new PublishedMarks(leadership, marked);
    }

    /** The keys being sent now. */
    Set<String> busyKeys() {
        return Set.copyOf(busyKeys);
    }

    /** Sends one key's rows one after another, stopping at the first failure, then records the outcome. */
    void publish(String key, List<PendingEvent> rows) {
        if (!busyKeys.add(key)) {
            return;
        }
        List<PendingEvent> acknowledged = new ArrayList<>();
        Uni<FailedSend> sends = Uni.createFrom().nullItem();
        for (PendingEvent row : rows) {
            sends = sends.chain(failed -> failed != null ? Uni.createFrom().item(failed) : sendOne(row, acknowledged));
        }
        sends.chain(failed -> marks.mark(acknowledged)
                        .chain(() -> failed == null || failed.row() == null ? Uni.createFrom().voidItem() : recordFailure(failed)))
                .subscribe().with(done -> finishKey(key), failure -> {
                    Log.warnf("Outbox relay could not record the outcome of key %s (rows stay unpublished): %s", key,
                            failure.getMessage());
                    finishKey(key);
                });
    }

    /** Completes with null when acknowledged, or with what stopped the key. */
    private Uni<FailedSend> sendOne(PendingEvent row, List<PendingEvent> acknowledged) {
        if (!active.getAsBoolean() || !leadership.isLeader()) {
            return Uni.createFrom().item(new FailedSend(null, null, 0));
        }
        long started = System.nanoTime();
        return publisher.send(row)
                .invoke(() -> {
                    acknowledged.add(row);
                    lastAcknowledgedNanos = System.nanoTime();
                    metrics.sent(row);
                })
                .replaceWith((FailedSend) null)
                .onFailure().recoverWithItem(error -> new FailedSend(row, error, started));
    }

    /**
     * Counts the attempt and schedules the next one. A failure that may be the broker's (a timeout, a
     * lost connection) while no other row got through either does not count towards parking: a broker
     * outage makes every row wait, it must not park them all.
     */
    private Uni<Void> recordFailure(FailedSend failed) {
        PendingEvent row = failed.row();
        boolean counts = !isRetriable(failed.error()) || lastAcknowledgedNanos - failed.startedNanos() > 0;
        Duration backoff = counts ? backoffAfter(row.attempts() + 1) : config.retryBackoff();
        return leadership.onLeaderConnection(connection -> OutboxRows.failed(connection, row.id(), failed.error(), backoff,
                        counts, config.maxAttempts()))
                .invoke(outcome -> {
                    metrics.failed(outcome.parked());
                    if (outcome.parked()) {
                        Log.errorf("Outbox row %d (topic %s, key %s) parked after %d failed sends: %s. Its key waits"
                                + " until an operator retries it (POST /admin/outbox/parked/retry)", row.id(), row.topic(),
                                row.messageKey(), outcome.attempts(), failed.error().getMessage());
                    } else {
                        Log.warnf("Outbox row %d (topic %s) not sent, attempt %d, next in %s: %s", row.id(), row.topic(),
                                outcome.attempts(), backoff, failed.error().getMessage());
                        vertx.setTimer(backoff.toMillis(), id -> wakeRelay.run());
                    }
                })
                .replaceWithVoid();
    }

    /** The pause before attempt {@code attempt + 1}: retry-backoff doubled per attempt, at most retry-backoff-max. */
    Duration backoffAfter(int attempt) {
        long millis = config.retryBackoff().toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, config.retryBackoffMax().toMillis()));
    }

    private static boolean isRetriable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private void finishKey(String key) {
        busyKeys.remove(key);
        if (busyKeys.isEmpty()) {
            idleWaiters.forEach(waiter -> waiter.complete(null));
            idleWaiters.removeIf(CompletableFuture::isDone);
        }
        wakeRelay.run();
    }

    /** Completes once no key is being sent. */
    Uni<Void> whenIdle() {
        CompletableFuture<Void> idle = new CompletableFuture<>();
        idleWaiters.add(idle);
        if (busyKeys.isEmpty()) {
            idle.complete(null);
            idleWaiters.remove(idle);
        }
        return Uni.createFrom().completionStage(idle);
    }

    /** A send that failed ({@code row}, {@code error}, when it started), or a key stopped because leadership ended (row null). */
    private record FailedSend(PendingEvent row, Throwable error, long startedNanos) {
    }
}
