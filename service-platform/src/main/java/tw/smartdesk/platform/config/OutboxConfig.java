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

    /** Most rows read and sent in one round. */
    @WithDefault("200")
    int batchSize();

    /** Safety poll in case a LISTEN notification was lost (the relay is woken on commit otherwise). */
    @WithDefault("5s")
    Duration fallbackPoll();

    /** How often a standby instance tries to become the leader. */
    @WithDefault("2s")
    Duration leaderRetry();

    /** Pause after a failed round before the unpublished rows are tried again. */
    @WithDefault("1s")
    Duration retryBackoff();

    /** How long published rows are kept before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
