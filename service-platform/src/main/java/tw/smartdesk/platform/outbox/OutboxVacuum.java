package tw.smartdesk.platform.outbox;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Vacuums {@code outbox_event} when PostgreSQL will not: on a server whose {@code autovacuum} is off, dead index
 * entries of published rows pile up without end and the relay's query slows with every row ever sent (see
 * {@code V0_5__outbox_vacuum.sql}). The leader then runs {@code VACUUM outbox_event} every
 * {@code smartdesk.outbox.vacuum-interval} in which it marked rows. With autovacuum on it does nothing: the table's own
 * autovacuum settings (every 5000 dead rows) do the work.
 */
final class OutboxVacuum {

    private static final String AUTOVACUUM = "select current_setting('autovacuum') = 'on' as on";
    private static final String VACUUM = "vacuum (analyze) outbox_event";

    private final Pool pool;
    private final AtomicLong markedSinceVacuum = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Boolean serverVacuums;

    OutboxVacuum(Pool pool) {
        this.pool = pool;
    }

    /** Rows were marked published or deleted: a vacuum has work to do. */
    void marked(int rows) {
        markedSinceVacuum.addAndGet(rows);
    }

    /** Vacuums now if this server does not and rows were marked since the last time; never two at once. */
    void vacuumIfNeeded() {
        if (markedSinceVacuum.get() == 0 || !running.compareAndSet(false, true)) {
            return;
        }
        serverVacuums().chain(autovacuum -> {
            long marked = markedSinceVacuum.getAndSet(0);
            if (autovacuum) {
                return Uni.createFrom().voidItem();
            }
            long started = System.nanoTime();
            return pool.query(VACUUM).execute().invoke(() -> Log.debugf("Vacuumed outbox_event after %d marked rows in %d ms",
                    marked, (System.nanoTime() - started) / 1_000_000)).replaceWithVoid();
        }).subscribe().with(done -> running.set(false), failure -> {
            running.set(false);
            Log.warnf("Could not vacuum outbox_event (the relay's query slows until it is): %s", failure.getMessage());
        });
    }

    private Uni<Boolean> serverVacuums() {
        if (serverVacuums != null) {
            return Uni.createFrom().item(serverVacuums);
        }
        return pool.query(AUTOVACUUM).execute().map(rows -> {
            serverVacuums = rows.iterator().next().getBoolean("on");
            if (!serverVacuums) {
                Log.infof("PostgreSQL's autovacuum is off: the outbox relay vacuums outbox_event itself");
            }
            return serverVacuums;
        });
    }
}
