package tw.smartdesk.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.outbox.OutboxRelay;

/**
 * With the poll out of the way (an hour apart) and no consumer of application-events in this application: a write
 * committed through {@code IdempotentRequests} wakes the relay by itself, a {@code @WithTransaction} write does not
 * (the poll is what finds those, ADR 0010), and the woken round sends every row that waited.
 */
@QuarkusTest
@TestProfile(RelayWakeUpTest.PollAnHourApart.class)
class RelayWakeUpTest {

    public static class PollAnHourApart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // probe-in consumes application-events through ProcessedEvents, whose commits wake the relay too
            return Map.of("smartdesk.outbox.poll-interval", "1h", "mp.messaging.incoming.probe-in.topic", "locker-events");
        }
    }

    @Inject
    OutboxRelay relay;

    @BeforeEach
    void relayLeads() {
        await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished() == 0);
    }

    @Test
    void onlyAWriteThroughThePlatformsCommitPointsWakesTheRelay() {
        UUID unwoken = ProbeClient.writeOne(UUID.randomUUID(), 1);
        long rounds = relay.rounds();
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(relay.rounds()).as("rounds without a wake-up or a poll").isEqualTo(rounds);
        assertThat(published(unwoken)).isFalse();

        given().contentType(ContentType.JSON).body("{\"item\":\"wake-up\",\"quantity\":1}")
                .when().post("/probe/batched-orders")
                .then().statusCode(201);

        await().atMost(Duration.ofSeconds(5)).until(() -> unpublished() == 0);
        assertThat(published(unwoken)).isTrue();
        assertThat(relay.rounds()).isGreaterThan(rounds);
    }

    private static long unpublished() {
        return ProbeDatabase.count("select count(*) from outbox_event where published_at is null");
    }

    private static boolean published(UUID eventId) {
        return ProbeDatabase.count("select count(*) from outbox_event where event_id = ? and published_at is not null",
                eventId) == 1;
    }
}
