package tw.smartdesk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.ProbeClient;
import tw.smartdesk.platform.ProbeDatabase;
import tw.smartdesk.platform.ProbeDatabase.Receipt;

/**
 * Two transactions writing events of one key commit in id order whatever the callers lock, so the
 * relay's id order is the commit order: a slow first writer holds back a fast second one, and the
 * topic has their events in the order they committed. The relay is held off meanwhile (a rival holds
 * its lock), as a slow relay would be, so it reads both rows at once.
 */
@QuarkusTest
class OutboxCommitOrderTest {

    private static final String HELD_WRITER = """
            select count(*) from pg_stat_activity
            where datname = current_database() and state = 'active' and query like '%pg_sleep%' and pid <> pg_backend_pid()
            """;
    private static final String WAITING_FOR_KEY = """
            select count(*) from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'
            """;

    @Inject
    OutboxRelay relay;

    @Test
    void aLaterTransactionOfTheSameKeyWaitsForTheEarlierOneAndTheTopicKeepsCommitOrder() throws Exception {
        UUID key = UUID.randomUUID();
        // two threads of its own: the common pool may have one on a small machine, which would serialise the writers
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try (Connection rival = ProbeDatabase.connect()) {
            RelayLocks.takeWith(rival);
            await().atMost(Duration.ofSeconds(5)).until(() -> !relay.isLeader());

            Future<UUID> first = writers.submit(() -> ProbeClient.writeHeld(key, 1, 3000));
            await().atMost(Duration.ofSeconds(5)).until(() -> ProbeDatabase.count(HELD_WRITER) == 1);
            Future<UUID> second = writers.submit(() -> ProbeClient.writeOne(key, 2));

            // the second writer waits for the first's per-key lock, so it cannot commit before the first
            await().atMost(Duration.ofSeconds(2)).until(() -> ProbeDatabase.count(WAITING_FOR_KEY) == 1);
            assertThat(ProbeDatabase.count(HELD_WRITER)).as("the first transaction is still open").isEqualTo(1);
            assertThat(second.isDone()).isFalse();
            first.get();
            second.get();
            assertThat(ProbeDatabase.unpublishedRows(key)).isEqualTo(2);
        } finally {
            writers.shutdown();
        }
        // the relay, back in charge, publishes in id order, which is the commit order
        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeDatabase.receipts(key).size() == 2);
        assertThat(ProbeDatabase.receipts(key)).extracting(Receipt::sentSeq).containsExactly(1, 2);
    }
}
