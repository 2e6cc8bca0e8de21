package tw.smartdesk.platform.inbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import tw.smartdesk.platform.config.InboxConfig;

/**
 * Retries an attempt until it succeeds, with exponential back-off and without limit, so the record
 * (and with it its partition) is held rather than skipped. Each attempt starts on the Vert.x context
 * the record was dispatched on, after a Vert.x timer: Hibernate Reactive refuses to run anywhere else,
 * which is why Mutiny's own back-off (its delays run on a worker pool) is not used. Attempts do not
 * nest, so an outage of any length costs constant memory and stack.
 */
@ApplicationScoped
class TransientRetry {

    private static final int WARN_EVERY = 10;

    private final HeldRecords held;
    private final InboxConfig config;
    private volatile boolean stopping;

    TransientRetry(HeldRecords held, InboxConfig config) {
        this.held = held;
        this.config = config;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Completes once an attempt succeeded; must be called on the record's Vert.x context. */
    Uni<Void> untilDone(HeldRecord record, Supplier<Uni<Void>> attempt) {
        Context context = Vertx.currentContext();
        return Uni.createFrom().emitter(emitter -> new Attempts(record, attempt, context, emitter).run());
    }

    /** The pause after {@code failures} failed attempts: the initial back-off, doubled each time, capped. */
    Duration backoff(int failures) {
        long initial = Math.max(1, config.initialBackoff().toMillis());
        long doubled = initial << Math.min(failures - 1, 30);
        return Duration.ofMillis(Math.min(doubled, config.maxBackoff().toMillis()));
    }

    /** The attempts of one record; each failure schedules the next instead of chaining it. */
    private final class Attempts {

        private final HeldRecord record;
        private final Supplier<Uni<Void>> attempt;
        private final Context context;
        private final UniEmitter<? super Void> emitter;
        private volatile boolean cancelled;
        private int failures;

        Attempts(HeldRecord record, Supplier<Uni<Void>> attempt, Context context, UniEmitter<? super Void> emitter) {
            this.record = record;
            this.attempt = attempt;
            this.context = context;
            this.emitter = emitter.onTermination(() -> cancelled = true);
        }

        void run() {
            if (!cancelled) {
                Uni.createFrom().deferred(attempt::get).subscribe().with(done -> succeeded(), this::failed);
            }
        }

        private void succeeded() {
            if (failures > 0) {
                held.released(record);
                Log.infof("%s applied offset %d after %d failed attempt(s)", record.partitionName(), record.offset(), failures);
            }
            emitter.complete(null);
        }

        private void failed(Throwable failure) {
            failures++;
            held.failed(record, failure);
            Duration pause = backoff(failures);
            if (failures <= 3 || failures % WARN_EVERY == 0) {
                Log.warnf("%s holds offset %d: attempt %d failed (%s), retrying in %d ms", record.partitionName(),
                        record.offset(), failures, HeldRecords.describe(failure), pause.toMillis());
            }
            if (stopping) {
                return; // left unacknowledged: consumed again after the restart
            }
            if (context == null) {
                Infrastructure.getDefaultWorkerPool().schedule(this::run, pause.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                context.owner().setTimer(Math.max(1, pause.toMillis()), timer -> context.runOnContext(ignored -> run()));
            }
        }
    }
}
