package tw.smartdesk.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.config.RateLimitConfig;

/** The token bucket on a hand-driven clock: burst, refill at the configured rate, the wait it reports, forgetting idle callers. */
class WriteRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    /** A plain configuration (a record: an anonymous class with the interface's constraints upsets CDI). */
    private record Limit(boolean enabled, int writesPerMinute, int burst, int maxCallers) implements RateLimitConfig {
    }

    private static RateLimitConfig limit(int writesPerMinute, int burst, int maxCallers) {
        return new Limit(true, writesPerMinute, burst, maxCallers);
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void aCallerMayWriteTheBurstThenOnePerRefillInterval() {
        WriteRateLimiter limiter = new WriteRateLimiter(limit(30, 2, 10), now::get);
        assertThat(limiter.tryAcquire("a")).isNull();
        assertThat(limiter.tryAcquire("a")).isNull();
        assertThat(limiter.tryAcquire("a")).isEqualTo(Duration.ofSeconds(2));
        advance(Duration.ofMillis(1500));
        assertThat(limiter.tryAcquire("a")).isEqualTo(Duration.ofMillis(500));
        advance(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire("a")).isNull();
        assertThat(limiter.tryAcquire("a")).isNotNull();
    }

    @Test
    void idleTimeRefillsNoFurtherThanTheBurst() {
        WriteRateLimiter limiter = new WriteRateLimiter(limit(60, 3, 10), now::get);
        advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a")).isNull();
        }
        assertThat(limiter.tryAcquire("a")).isNotNull();
        assertThat(limiter.tryAcquire("b")).as("another caller's bucket").isNull();
    }

    @Test
    void pastMaxCallersIdleBucketsAreForgottenButBusyOnesKept() {
        WriteRateLimiter limiter = new WriteRateLimiter(limit(1, 1, 2), now::get);
        assertThat(limiter.tryAcquire("idle")).isNull();
        advance(Duration.ofSeconds(60));
        assertThat(limiter.tryAcquire("busy")).isNull();
        assertThat(limiter.tryAcquire("newcomer")).as("two callers known: the sweep runs").isNull();
        assertThat(limiter.tryAcquire("busy")).as("an empty bucket survives the sweep").isNotNull();
        assertThat(limiter.tryAcquire("idle")).as("a forgotten full bucket starts full again").isNull();
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertThat(RefusedRequests.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(RefusedRequests.seconds(Duration.ofMillis(1500))).isEqualTo(2);
        assertThat(RefusedRequests.seconds(Duration.ofSeconds(60))).isEqualTo(60);
    }
}
