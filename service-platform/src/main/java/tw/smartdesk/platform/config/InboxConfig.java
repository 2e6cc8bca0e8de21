package tw.smartdesk.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of the consumers built on {@code Inbox} ({@code smartdesk.consumer.*}): how a record that
 * fails for a transient reason is retried, and when a consumer holding such a record counts as stuck.
 */
@ConfigMapping(prefix = "smartdesk.consumer")
public interface InboxConfig {

    /** Pause before the second attempt of a record whose first attempt failed transiently; doubled after each failure. */
    @WithDefault("100ms")
    Duration initialBackoff();

    /** Longest pause between two attempts of a held record (retries never stop, they only slow down to this). */
    @WithDefault("10s")
    Duration maxBackoff();

    /** How long a record may be retried before {@code /q/health/ready} reports its consumer as stuck. */
    @WithDefault("5s")
    Duration stuckAfter();
}
