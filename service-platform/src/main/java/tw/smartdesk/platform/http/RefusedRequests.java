package tw.smartdesk.platform.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

/** The metric of requests refused by a limit: {@code smartdesk.http.requests.refused}, tagged with the reason. */
public final class RefusedRequests {

    public static final String METRIC = "smartdesk.http.requests.refused";
    public static final String TOO_MANY_REQUESTS = "too-many-requests";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";

    private RefusedRequests() {
    }

    /** The counter of one reason, registered on first use. */
    public static Counter counter(MeterRegistry registry, String reason) {
        return Counter.builder(METRIC).description("HTTP requests refused by a limit").tag("reason", reason)
                .register(registry);
    }

    /** Whole seconds, rounded up and at least one, as {@code Retry-After} wants them. */
    public static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
