package tw.smartdesk.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the transactional outbox relay ({@code smartdesk.outbox.*}). */
@ConfigMapping(prefix = "smartdesk.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay at all (one per database wins the leader lock). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Most rows read in one query; different keys of a batch are sent side by side. */
    @WithDefault("200")
    int batchSize();

    /**
     * How often the leader looks for sendable rows (an index look-up when there are none). Writes of this instance
     * wake it at once; this bounds how late it sees another instance's writes and writes made outside the platform's
     * commit points (a scheduled job's, a migration's). ADR 0010.
     */
    @WithDefault("100ms")
    Duration pollInterval();

    /** How often a standby instance tries to become the leader (on the one connection it keeps). */
    @WithDefault("2s")
    Duration leaderRetry();

    /** How often the leader proves, on its lock-holding connection, that it still holds the lock. */
    @WithDefault("1s")
    Duration heartbeatInterval();

    /** A heartbeat (or any relay statement) unanswered for this long closes the connection: the leader steps down. */
    @WithDefault("2s")
    Duration heartbeatTimeout();

    /**
     * How long after its last successful heartbeat a leader may still start sends. Must be shorter
     * than {@link #takeoverAfter()}, so an old leader has stopped sending before a standby takes over.
     */
    @WithDefault("3s")
    Duration lease();

    /**
     * A standby that cannot take the lock ends the holder's session once its heartbeat is this old
     * (PostgreSQL keeps a half-open connection, and its lock, for hours otherwise).
     */
    @WithDefault("6s")
    Duration takeoverAfter();

    /** First pause after a failed send of a row; doubled per attempt up to {@link #retryBackoffMax()}. */
    @WithDefault("1s")
    Duration retryBackoff();

    /** Longest pause between two attempts of a row. */
    @WithDefault("1m")
    Duration retryBackoffMax();

    /** Failed sends after which a row is parked (its key waits for an operator's retry). */
    @WithDefault("10")
    int maxAttempts();

    /**
     * On a server with autovacuum off, how often the leader vacuums {@code outbox_event} when it marked rows since the
     * last time ({@code OutboxVacuum}).
     */
    @WithDefault("30s")
    Duration vacuumInterval();

    /** How often the outbox gauges (unpublished, oldest age, parked) are refreshed. */
    @WithDefault("10s")
    Duration metricsRefresh();
}
