package tw.smartdesk.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/**
 * Rate limit of HTTP writes (POST, PUT, PATCH, DELETE) per caller ({@code smartdesk.rate-limit.*}): a token
 * bucket per caller, in the memory of each instance (so with N instances a caller may write up to N times
 * the limit; it protects each instance, it is no cluster-wide quota). Reads are never limited.
 */
@ConfigMapping(prefix = "smartdesk.rate-limit")
public interface RateLimitConfig {

    /** Whether writes are limited at all (true). */
    @WithDefault("true")
    boolean enabled();

    /** Writes a caller may make per minute, sustained: the bucket's refill rate (60). */
    @WithDefault("60")
    @Positive
    int writesPerMinute();

    /** Writes a caller may make at once after being idle: the bucket's size (20). */
    @WithDefault("20")
    @Positive
    int burst();

    /** Most callers whose buckets are kept; beyond it, the buckets of callers back to full are forgotten first (100000). */
    @WithDefault("100000")
    @Positive
    int maxCallers();
}
