package tw.smartdesk.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import tw.smartdesk.platform.config.RateLimitConfig;

/**
 * A token bucket per caller, in this instance's memory: a caller holds up to {@code burst} tokens, a
 * write takes one, and tokens come back at {@code writes-per-minute}. When the map of callers grows past
 * {@code max-callers}, buckets that are full again (their callers idle) are dropped: forgetting them changes
 * nothing, as a new bucket starts full.
 */
@ApplicationScoped
public class WriteRateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final RateLimitConfig config;
    private final LongSupplier nanoTime;

    @Inject
    WriteRateLimiter(RateLimitConfig config) {
        this(config, System::nanoTime);
    }

    /** @param nanoTime the clock, as {@link System#nanoTime()} */
    public WriteRateLimiter(RateLimitConfig config, LongSupplier nanoTime) {
        this.config = config;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes a token for one write of {@code caller}.
     *
     * @return null when the write may go ahead, else how long until the caller has a token again
     */
    public Duration tryAcquire(String caller) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= config.maxCallers()) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(caller, key -> new Bucket(config.burst(), now)).take(now);
    }

    /** One caller's tokens; synchronized per caller, so callers never wait for one another. */
    private final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Duration take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return null;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano()));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= config.burst();
        }

        private void refill(long now) {
            tokens = Math.min(config.burst(), tokens + (now - refilledAt) * tokensPerNano());
            refilledAt = now;
        }

        private double tokensPerNano() {
            return config.writesPerMinute() / 60e9;
        }
    }
}
