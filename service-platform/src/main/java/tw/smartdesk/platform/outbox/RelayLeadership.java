package tw.smartdesk.platform.outbox;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import tw.smartdesk.platform.config.OutboxConfig;

/**
 * At most one relay per database publishes: the leader holds {@code pg_try_advisory_lock} on one
 * dedicated connection and runs every relay statement on it, so a leader that lost its session can
 * mark nothing. It proves the lock every {@code heartbeat-interval} by writing its heartbeat through
 * that connection; a statement unanswered within {@code heartbeat-timeout} closes the connection and
 * the leader steps down, and it starts no send once {@code lease} has passed since its last good
 * heartbeat. A standby keeps one connection, retries the lock on it, and ends the holder's session when
 * that holder's heartbeat is older than {@code takeover-after} (a half-open connection PostgreSQL has
 * not noticed). Before it lets the lock go, a leader lets its in-flight sends finish.
 */
class RelayLeadership {

    /** Arbitrary constant: "SmartDesk outbox relay". Advisory locks are scoped to one database. */
    static final long LOCK_KEY = 0x534D4152_54444B31L;

    private static final String TRY_LOCK = "select pg_try_advisory_lock($1) as won";
    private static final String HEARTBEAT = """
            insert into outbox_relay_lease (lock_key, holder, holder_pid, heartbeat_at)
            values ($1, $2, pg_backend_pid(), now())
            on conflict (lock_key) do update
            set holder = excluded.holder, holder_pid = excluded.holder_pid, heartbeat_at = excluded.heartbeat_at
            """;
    /** Ends the session of a holder whose heartbeat is stale, if that session really holds the lock. */
    private static final String END_STALE_HOLDER = """
            select pg_terminate_backend(lease.holder_pid) as ended, lease.holder
            from outbox_relay_lease lease
            where lease.lock_key = $1
              and lease.heartbeat_at < now() - make_interval(secs => $2)
              and exists (select 1 from pg_locks held
                          where held.locktype = 'advisory' and held.granted and held.objsubid = 1
                            and held.database = (select oid from pg_database where datname = current_database())
                            and held.classid::bigint = $3 and held.objid::bigint = $4
                            and held.pid = lease.holder_pid)
            """;

    /** What the relay does when this instance wins or loses the lock. */
    interface Listener {
        void elected();

        /** Stop starting sends; completes once the sends already started have finished. */
        Uni<Void> lost();
    }

    private final Vertx vertx;
    private final DedicatedConnections connections;
    private final OutboxConfig config;
    private final String holder;
    private final Listener listener;
    private final AtomicReference<PgConnection> standby = new AtomicReference<>();
    private final AtomicReference<PgConnection> leading = new AtomicReference<>();
    private volatile long leaseValidUntil;
    private volatile boolean running;
    private volatile long heartbeatTimer = -1;

    RelayLeadership(Vertx vertx, DedicatedConnections connections, OutboxConfig config, String holder, Listener listener) {
        this.vertx = vertx;
        this.connections = connections;
        this.config = config;
        this.holder = holder;
        this.listener = listener;
    }

    void start() {
        running = true;
        contend();
    }

    /** Whether this instance leads and its lease is still valid: only then may it start a send. */
    boolean isLeader() {
        return leading.get() != null && System.nanoTime() - leaseValidUntil < 0;
    }

    String holder() {
        return holder;
    }

    /**
     * Runs a relay statement on the lock-holding connection, within the heartbeat timeout; fails when
     * this instance does not lead. A timeout closes the connection, so the instance steps down.
     */
    <T> Uni<T> onLeaderConnection(Function<PgConnection, Uni<T>> statement) {
        PgConnection connection = leading.get();
        if (connection == null) {
            return Uni.createFrom().failure(new IllegalStateException("Not the outbox relay leader"));
        }
        return withTimeout(() -> statement.apply(connection), connection);
    }

    /** Stops contending; as leader, lets in-flight sends finish, then closes the connection (the lock goes with it). */
    Uni<Void> release() {
        running = false;
        PgConnection idle = standby.getAndSet(null);
        Uni<Void> closeStandby = idle == null ? Uni.createFrom().voidItem() : idle.close().onFailure().recoverWithNull()
                .ifNoItem().after(config.heartbeatTimeout()).recoverWithItem((Void) null);
        PgConnection connection = leading.get();
        if (connection == null) {
            return closeStandby;
        }
        return closeStandby.chain(() -> stepDown(connection, "shutting down"));
    }

    private void contend() {
        if (!running || leading.get() != null) {
            return;
        }
        PgConnection connection = standby.get();
        Uni<PgConnection> ready = connection != null ? Uni.createFrom().item(connection) : openStandby();
        ready.chain(this::tryLockOrEndStaleHolder).subscribe().with(
                won -> {
                    if (!won) {
                        retryLater();
                    }
                },
                failure -> {
                    Log.debugf("Outbox relay standby could not reach the database: %s", failure.getMessage());
                    PgConnection broken = standby.getAndSet(null);
                    if (broken != null) {
                        broken.close().subscribe().with(ok -> { }, ignored -> { });
                    }
                    retryLater();
                });
    }

    private Uni<PgConnection> openStandby() {
        return connections.connect("outbox-leader")
                .ifNoItem().after(config.heartbeatTimeout()).failWith(() -> new TimeoutException("connect timed out"))
                .invoke(opened -> {
                    opened.closeHandler(() -> onClosed(opened));
                    standby.set(opened);
                });
    }

    private Uni<Boolean> tryLockOrEndStaleHolder(PgConnection connection) {
        return withTimeout(() -> connection.preparedQuery(TRY_LOCK).execute(Tuple.of(LOCK_KEY))
                .map(rows -> rows.iterator().next().getBoolean("won")), connection)
                .chain(won -> won ? lead(connection).replaceWith(true) : endStaleHolder(connection).replaceWith(false));
    }

    private Uni<Void> endStaleHolder(PgConnection connection) {
        double staleAfter = config.takeoverAfter().toMillis() / 1000.0;
        return withTimeout(() -> connection.preparedQuery(END_STALE_HOLDER)
                .execute(Tuple.of(LOCK_KEY, staleAfter, LOCK_KEY >>> 32, LOCK_KEY & 0xFFFF_FFFFL)), connection)
                .invoke(rows -> rows.forEach(row -> Log.warnf(
                        "Outbox relay leader %s sent no heartbeat for %s: its session was ended so that %s can take over",
                        row.getString("holder"), config.takeoverAfter(), holder)))
                .replaceWithVoid();
    }

    /**
     * Takes the lead on the connection that won the lock. An instance stopped while it was taking the lock (a
     * {@link #release} racing a contention already under way) gives the lock back at once by ending its session:
     * otherwise the stopped instance would hold the lock, and no other instance could ever lead.
     */
    private Uni<Void> lead(PgConnection connection) {
        return heartbeat(connection).chain(() -> {
            standby.compareAndSet(connection, null);
            leading.set(connection);
            // release() sets running before it reads leading: one of the two sees the other and ends the session
            if (!running) {
                return leading.compareAndSet(connection, null)
                        ? connection.close().onFailure().recoverWithNull() : Uni.createFrom().voidItem();
            }
            heartbeatTimer = vertx.setPeriodic(config.heartbeatInterval().toMillis(), id -> beat(connection));
            Log.infof("Outbox relay %s is the leader for %s", holder, connections.describe());
            listener.elected();
            return Uni.createFrom().voidItem();
        });
    }

    private void beat(PgConnection connection) {
        if (leading.get() != connection) {
            return;
        }
        heartbeat(connection).subscribe().with(ok -> { }, failure -> stepDown(connection,
                "heartbeat failed: " + failure.getMessage()).subscribe().with(done -> { }, ignored -> { }));
    }

    /** Writes the heartbeat; on success the lease runs from the moment it was sent. */
    private Uni<Void> heartbeat(PgConnection connection) {
        long sentAt = System.nanoTime();
        return withTimeout(() -> connection.preparedQuery(HEARTBEAT).execute(Tuple.of(LOCK_KEY, holder)), connection)
                .invoke(() -> leaseValidUntil = sentAt + config.lease().toNanos())
                .replaceWithVoid();
    }

    private Uni<Void> stepDown(PgConnection connection, String why) {
        if (!leading.compareAndSet(connection, null)) {
            return Uni.createFrom().voidItem();
        }
        leaseValidUntil = System.nanoTime();
        vertx.cancelTimer(heartbeatTimer);
        Log.warnf("Outbox relay %s steps down (%s)", holder, why);
        return listener.lost()
                .ifNoItem().after(Duration.ofMinutes(2)).recoverWithItem((Void) null)
                .chain(() -> connection.close().onFailure().recoverWithNull()
                        .ifNoItem().after(config.heartbeatTimeout()).recoverWithItem((Void) null))
                .invoke(this::retryLater);
    }

    private void onClosed(PgConnection connection) {
        standby.compareAndSet(connection, null);
        if (leading.get() == connection) {
            stepDown(connection, "connection closed").subscribe().with(done -> { }, ignored -> { });
        }
    }

    private void retryLater() {
        if (running) {
            vertx.setTimer(config.leaderRetry().toMillis(), id -> contend());
        }
    }

    /** A statement that does not answer in time closes its connection: the session is presumed lost. */
    private <T> Uni<T> withTimeout(Supplier<Uni<? extends T>> statement, PgConnection connection) {
        return Uni.createFrom().<T>deferred(statement)
                .ifNoItem().after(config.heartbeatTimeout())
                .failWith(() -> new TimeoutException("no answer from the database within " + config.heartbeatTimeout()))
                .onFailure(TimeoutException.class).call(() -> connection.close().onFailure().recoverWithNull());
    }
}
