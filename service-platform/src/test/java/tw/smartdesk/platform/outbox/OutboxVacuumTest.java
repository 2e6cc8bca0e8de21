package tw.smartdesk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.ProbeClient;
import tw.smartdesk.platform.ProbeDatabase;

/**
 * On this PostgreSQL autovacuum is off (as on the project's machines): the leader vacuums {@code outbox_event}
 * itself once it has marked rows, so the dead index entries the relay's query would walk are gone.
 */
@QuarkusTest
@TestProfile(OutboxVacuumTest.VacuumEverySecond.class)
class OutboxVacuumTest {

    public static class VacuumEverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("smartdesk.outbox.vacuum-interval", "1s");
        }
    }

    @Test
    void theLeaderVacuumsTheOutboxAfterPublishingWhenTheServerDoesNot() {
        assertThat(ProbeDatabase.count("select count(*) from pg_settings where name = 'autovacuum' and setting = 'off'"))
                .as("this test needs a server with autovacuum off, as the project's machines have").isOne();
        long vacuumsBefore = vacuums();
        UUID key = UUID.randomUUID();

        ProbeClient.write(key, 50, 1);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ProbeDatabase.unpublishedRows(key)).isZero());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(vacuums()).isGreaterThan(vacuumsBefore));
    }

    private static long vacuums() {
        return ProbeDatabase.count("select vacuum_count from pg_stat_user_tables where relname = 'outbox_event'");
    }
}
