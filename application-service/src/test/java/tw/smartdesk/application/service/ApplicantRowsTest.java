package tw.smartdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import tw.smartdesk.testsupport.SmartDeskTestResource;
import tw.smartdesk.testsupport.TestDatabases;

/**
 * Filing's look-up of an applicant by ID-number hash ({@link ApplicantRows#BY_ID_HASH}) reads the unique index, also
 * in the generic plan a pooled connection keeps for a prepared statement. The earlier {@code id_hash = any($1) limit 1}
 * got a sequential scan as its generic plan on a small table, kept it as the table grew, and filing slowed with every
 * applicant registered (a benchmark run ended with 115,000 sequential scans of 115,000 rows).
 */
@QuarkusTest
class ApplicantRowsTest {

    @Test
    void theLookUpByIdHashIsAnIndexScanInItsGenericPlanOnAFreshTable() throws SQLException {
        try (Connection connection = TestDatabases.connect(SmartDeskTestResource.currentDatabase());
                Statement statement = connection.createStatement()) {
            statement.execute("begin");
            // a fresh, never analysed copy of the table: the planner's view of it right after the migrations
            statement.execute("create temporary table applicant (like public.applicant including all) on commit drop");
            statement.execute("set local plan_cache_mode = force_generic_plan");
            statement.execute("prepare look_up(text) as " + ApplicantRows.BY_ID_HASH);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("explain execute look_up('hash')")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            statement.execute("deallocate look_up");
            statement.execute("rollback");

            assertThat(plan.toString()).contains("Index Scan").doesNotContain("Seq Scan");
        }
    }
}
