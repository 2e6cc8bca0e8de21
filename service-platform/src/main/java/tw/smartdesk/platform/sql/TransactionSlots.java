package tw.smartdesk.platform.sql;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import tw.smartdesk.platform.config.TransactionSlotsConfig;
import tw.smartdesk.platform.http.ProblemException;

/**
 * At most {@code smartdesk.db.transaction-slots.running} write transactions of this instance run at once; the
 * others wait for a turn, in arrival order, before they take a connection or any event-loop time.
 *
 * <p>Why: a transaction holds its connection from BEGIN to COMMIT, and between its statements it waits for the
 * event loop it runs on. With 64 submissions in flight on two event loops, every transaction's next step queued
 * behind the others' steps, connections sat "idle in transaction", and the benchmark's 64 clients got less done
 * than 16 did. Admitted a few at a time, transactions finish quickly and the rest wait in a queue that costs
 * nothing. More than {@code waiting} writes in that queue and the next is refused at once (503, {@code Retry-After:
 * 1}): an overload sheds writes instead of letting every caller time out. A waiting write whose caller went away
 * leaves the queue. Gauges {@code smartdesk.db.transactions.running} and {@code .waiting}.
 */
@ApplicationScoped
public class TransactionSlots {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final int running;
    private final int waiting;
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private int inUse;

    @Inject
    TransactionSlots(TransactionSlotsConfig config, MeterRegistry meters) {
        this(config.running(), config.waiting());
        Gauge.builder("smartdesk.db.transactions.running", this, slots -> slots.counts()[0])
                .description("Write transactions running (admitted by TransactionSlots)").register(meters);
        Gauge.builder("smartdesk.db.transactions.waiting", this, slots -> slots.counts()[1])
                .description("Write transactions waiting for a turn").register(meters);
    }

    TransactionSlots(int running, int waiting) {
        this.running = running;
        this.waiting = waiting;
    }

    /** Runs {@code transaction} once a slot is free, and frees it when the transaction ends however it ends. */
    public <T> Uni<T> run(Supplier<Uni<T>> transaction) {
        AtomicBoolean started = new AtomicBoolean();
        return admitted(started).chain(slot -> {
            started.set(true);
            return Uni.createFrom().deferred(transaction::get).onTermination().invoke(this::release);
        });
    }

    /**
     * Completes when the caller has a slot. The chain after it starts within {@code complete}, so a slot handed to
     * a caller that went away meanwhile (nothing started) is passed on at once.
     */
    private Uni<Boolean> admitted(AtomicBoolean started) {
        return Uni.createFrom().emitter(emitter -> {
            Context context = Vertx.currentContext();
            Runnable take = () -> {
                emitter.complete(true);
                if (!started.get()) {
                    release();
                }
            };
            // a waiter resumes on the Vert.x context it came from
            Runnable waiter = () -> {
                if (context == null) {
                    take.run();
                } else {
                    context.runOnContext(ignored -> take.run());
                }
            };
            boolean now;
            synchronized (this) {
                now = inUse < running;
                if (now) {
                    inUse++;
                } else if (queue.size() >= waiting) {
                    emitter.fail(ProblemException.serviceBusy("Too many writes are waiting; try again shortly",
                            RETRY_AFTER));
                    return;
                } else {
                    queue.addLast(waiter);
                }
            }
            if (now) {
                take.run();
            } else {
                emitter.onTermination(() -> leave(waiter));
            }
        });
    }

    /** A waiter whose caller went away leaves the queue; one already admitted keeps its slot until it ends. */
    private void leave(Runnable waiter) {
        synchronized (this) {
            queue.remove(waiter);
        }
    }

    private void release() {
        Runnable next;
        synchronized (this) {
            next = queue.pollFirst();
            if (next == null) {
                inUse--;
            }
        }
        if (next != null) {
            next.run();
        }
    }

    /** Running and waiting now. */
    synchronized int[] counts() {
        return new int[] {inUse, queue.size()};
    }
}
