package tw.smartdesk.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.ProbeClient;
import tw.smartdesk.platform.ProbeDatabase;
import tw.smartdesk.platform.outbox.OutboxRelay;

/**
 * The leading instance prunes old consumed event ids, stored Idempotency-Key answers and published outbox
 * rows (ages: the defaults, 30 days, 24 hours, 7 days) soon after start and then on a timer, in batches of at
 * most 50 rows (test configuration); recent rows and unpublished outbox rows stay, and a non-leader prunes
 * nothing. Rows are made old by writing their time columns back.
 */
@QuarkusTest
class RetentionTest {

    private static final Duration A_FEW_PASSES = Duration.ofSeconds(10);

    @Inject
    Retention retention;

    @Inject
    OutboxRelay relay;

    @BeforeEach
    void appLeads() {
        await().atMost(Duration.ofSeconds(10)).until(relay::isLeader);
    }

    @Test
    void oldRowsArePrunedAndRecentOnesKept() {
        String consumer = "retention-" + UUID.randomUUID();
        OldAndNew rows = OldAndNew.insert(consumer);

        await().atMost(A_FEW_PASSES).until(() -> rows.oldLeft() == 0);
        assertThat(rows.recentLeft()).isEqualTo(3);
    }

    @Test
    void aLargeBacklogGoesInBatchesOfAtMostTheBatchSize() {
        String consumer = "retention-" + UUID.randomUUID();
        long lastStatement = ProbeDatabase.count("select coalesce(max(id), 0) from probe_prune_statement");
        ProbeDatabase.update("""
                insert into processed_event (event_id, consumer, processed_at)
                select gen_random_uuid(), ?, now() - interval '31 days' from generate_series(1, 130)""", consumer);

        await().atMost(A_FEW_PASSES).until(() -> processedEvents(consumer) == 0);
        List<Integer> deletedPerStatement = ProbeDatabase.query(
                "select deleted from probe_prune_statement where id > ? order by id", rows -> rows.getInt(1), lastStatement);
        assertThat(deletedPerStatement).hasSizeGreaterThanOrEqualTo(3).allSatisfy(deleted -> assertThat(deleted).isBetween(1, 50));
        assertThat(deletedPerStatement.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(130);
    }

    @Test
    void anInstanceThatDoesNotLeadPrunesNothingUntilItLeads() throws Exception {
        String consumer = "retention-" + UUID.randomUUID();
        OldAndNew rows;
        try (RivalLeader rival = RivalLeader.takeOver(relay)) {
            long checks = retention.checks();
            // a check after losing the lead: any pass begun while leading is over
            await().atMost(A_FEW_PASSES).until(() -> retention.checks() > checks);
            rows = OldAndNew.insert(consumer);
            long afterInsert = retention.checks();

            await().atMost(A_FEW_PASSES).until(() -> retention.checks() >= afterInsert + 3);
            assertThat(rows.oldLeft()).isEqualTo(3);
        }
        await().atMost(A_FEW_PASSES).until(() -> relay.isLeader() && rows.oldLeft() == 0);
        assertThat(rows.recentLeft()).isEqualTo(3);
    }

    @Test
    void unpublishedOutboxRowsAreNeverPrunedHoweverOld() throws Exception {
        UUID waiting = UUID.randomUUID();
        String consumer = "retention-" + UUID.randomUUID();
        try (RivalLeader rival = RivalLeader.takeOver(relay)) {
            // nobody publishes while the rival leads: the row waits
            ProbeClient.writeOne(waiting, 1);
            ProbeDatabase.update("update outbox_event set created_at = now() - interval '60 days' where message_key = ?",
                    waiting.toString());
            OldAndNew rows = OldAndNew.insert(consumer);

            Retention.Pruned pruned = retention.pruneAll(() -> true).await().atMost(A_FEW_PASSES);

            assertThat(pruned.publishedOutboxRows()).isPositive();
            assertThat(rows.oldLeft()).isZero();
            assertThat(ProbeDatabase.unpublishedRows(waiting)).isEqualTo(1);
        }
        await().atMost(A_FEW_PASSES).until(() -> ProbeDatabase.unpublishedRows(waiting) == 0);
    }

    /** Each batch reads its rows from the front of an index, not through the table (sequential scans off). */
    @Test
    void everyBatchFindsItsRowsThroughAnIndex() throws SQLException {
        // an index scan, or a bitmap index scan where the planner finds that cheaper
        assertThat(plan(Retention.PRUNE_PROCESSED_EVENTS)).containsPattern("Index Scan (using|on) processed_event_processed_at");
        assertThat(plan(Retention.PRUNE_IDEMPOTENT_RESPONSES)).containsPattern("Index Scan (using|on) idempotent_request_created_at");
        assertThat(plan(Retention.PRUNE_PUBLISHED_OUTBOX_ROWS)).containsPattern("Index Scan (using|on) outbox_event_published_at");
    }

    /** The plan of {@code statement} exactly as written (its $1 and $2 bound through a prepared statement). */
    private static String plan(String statement) throws SQLException {
        try (Connection connection = ProbeDatabase.connect(); Statement sql = connection.createStatement()) {
            sql.execute("set enable_seqscan = off");
            sql.execute("prepare prune(float8, integer) as " + statement);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = sql.executeQuery("explain execute prune(86400, 50)")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).doesNotContain("Seq Scan");
            return plan.toString();
        }
    }

    private static long processedEvents(String consumer) {
        return ProbeDatabase.count("select count(*) from processed_event where consumer = ?", consumer);
    }

    /** One old and one recent row in each of the three tables, told apart by a consumer name, scope and key. */
    private record OldAndNew(String tag) {

        static OldAndNew insert(String tag) {
            insertRows(tag + "-old", "31 days", "25 hours", "8 days");
            insertRows(tag + "-recent", "29 days", "23 hours", "6 days");
            return new OldAndNew(tag);
        }

        long oldLeft() {
            return left(tag + "-old");
        }

        long recentLeft() {
            return left(tag + "-recent");
        }

        private static void insertRows(String name, String processedAgo, String answeredAgo, String publishedAgo) {
            ProbeDatabase.update("""
                    insert into processed_event (event_id, consumer, processed_at)
                    values (gen_random_uuid(), ?, now() - cast(? as interval))""", name, processedAgo);
            ProbeDatabase.update("""
                    insert into idempotent_request (scope, idempotency_key, request_hash, status, response_body, created_at)
                    values (?, 'key', 'hash', 201, '{}', now() - cast(? as interval))""", name, answeredAgo);
            // an old row published recently would stay: the age counts from publishing
            ProbeDatabase.update("""
                    insert into outbox_event (event_id, topic, message_key, occurred_at, created_at, published_at)
                    values (gen_random_uuid(), 'application-events', ?, now() - interval '60 days',
                            now() - interval '60 days', now() - cast(? as interval))""", name, publishedAgo);
        }

        private static long left(String name) {
            return ProbeDatabase.count("select count(*) from processed_event where consumer = ?", name)
                    + ProbeDatabase.count("select count(*) from idempotent_request where scope = ?", name)
                    + ProbeDatabase.count("select count(*) from outbox_event where message_key = ?", name);
        }
    }
}
