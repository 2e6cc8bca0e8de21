package tw.smartdesk.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import tw.smartdesk.platform.config.InboxConfig;

/**
 * Readiness: DOWN while a consumer has been retrying a record for longer than
 * {@code smartdesk.consumer.stuck-after}, naming each held partition with its offset, since when,
 * the attempts and the last error; UP again as soon as the record is applied.
 */
@Readiness
@ApplicationScoped
class StuckConsumerCheck implements HealthCheck {

    static final String NAME = "SmartDesk consumers";

    private final HeldRecords held;
    private final InboxConfig config;

    StuckConsumerCheck(HeldRecords held, InboxConfig config) {
        this.held = held;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var stuck = held.heldLongerThan(config.stuckAfter());
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(stuck.isEmpty());
        for (HeldRecords.Holding holding : stuck) {
            response.withData(holding.record().partitionName(), "stuck at offset %d since %s, %d attempts, last error %s"
                    .formatted(holding.record().offset(), holding.since(), holding.attempts(), holding.lastError()));
        }
        return response.build();
    }
}
