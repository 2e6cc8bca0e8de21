package tw.smartdesk.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * How long the platform tables keep their rows ({@code smartdesk.retention.*}). Only the instance that
 * leads the outbox relay prunes, in batches of at most {@link #batchSize()} rows per statement.
 */
@ConfigMapping(prefix = "smartdesk.retention")
public interface RetentionConfig {

    /**
     * Age after which a consumed event's id leaves {@code processed_event} (30 days). It must outlive every
     * realistic redelivery: the topics keep events 7 days (the broker default), and a consumer that
     * rewinds its offsets, a dead letter replayed after a fix or a restored backup may bring an event
     * back within that time and the days it takes to notice and act; a forgotten id would apply it twice.
     */
    @WithDefault("P30D")
    Duration processedEvents();

    /**
     * Age after which a stored {@code Idempotency-Key} answer is deleted (24 hours, as payment APIs keep
     * theirs): a client retries within minutes; after that the same key may write again.
     */
    @WithDefault("PT24H")
    Duration idempotentResponses();

    /** Age (since publishing) after which a published outbox row is deleted (7 days, for inspection and replay). */
    @WithDefault("P7D")
    Duration publishedOutboxRows();

    /** Most rows one delete statement removes; a pass repeats statements until one comes back short. */
    @WithDefault("1000")
    @Positive
    int batchSize();

    /** Time between two pruning passes. */
    @WithDefault("PT15M")
    Duration interval();

    /** Time from start to the first pruning pass (soon, so a restarted instance catches up early). */
    @WithDefault("PT1M")
    Duration initialDelay();
}
