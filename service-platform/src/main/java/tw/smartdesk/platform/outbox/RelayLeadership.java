package tw.smartdesk.platform.outbox;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.concurrent.atomic.AtomicReference;

/**
 * At most one relay per database publishes: the leader holds {@code pg_try_advisory_lock} on a
 * dedicated connection. If that connection dies (instance crash, network, server restart) the lock
 * is released by PostgreSQL and the leader steps down, so a standby can take over.
 */
class RelayLeadership {

    /** Arbitrary constant: "SmartDesk outbox relay". Advisory locks are scoped to one database. */
    static final long LOCK_KEY = 0x534D4152_54444B31L;

    private final DedicatedConnections connections;
    private final Runnable onLost;
    private final AtomicReference<PgConnection> held = new AtomicReference<>();

    RelayLeadership(DedicatedConnections connections, Runnable onLost) {
        this.connections = connections;
        this.onLost = onLost;
    }

    boolean isLeader() {
        return held.get() != null;
    }

    /** Tries once to take the lock; completes with whether this instance now leads. */
    Uni<Boolean> tryAcquire() {
        if (isLeader()) {
            return Uni.createFrom().item(true);
        }
        return connections.connect().chain(connection -> connection
                .preparedQuery("select pg_try_advisory_lock($1) as won").execute(Tuple.of(LOCK_KEY))
                .map(rows -> rows.iterator().next().getBoolean("won"))
                .chain(won -> {
                    if (!won) {
                        return connection.close().replaceWith(false);
                    }
                    connection.closeHandler(() -> stepDown(connection));
                    held.set(connection);
                    Log.infof("Outbox relay is the leader for %s", connections.describe());
                    return Uni.createFrom().item(true);
                })
                .onFailure().call(failure -> connection.close().onFailure().recoverWithNull()));
    }

    /** Gives up leadership (the lock goes with the connection). */
    Uni<Void> release() {
        PgConnection connection = held.getAndSet(null);
        return connection == null ? Uni.createFrom().voidItem() : connection.close();
    }

    private void stepDown(PgConnection connection) {
        if (held.compareAndSet(connection, null)) {
            Log.warn("Outbox relay lost its leader connection and stepped down");
            onLost.run();
        }
    }
}
