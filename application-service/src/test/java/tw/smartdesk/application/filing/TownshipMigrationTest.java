package tw.smartdesk.application.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.smartdesk.testsupport.TestDatabases;

/**
 * Townships stored as free text before the codes: what names a township becomes its code, whatever the
 * spelling of 臺; anything else, such as an ID number typed into the field, becomes unknown (null).
 */
class TownshipMigrationTest {

    private static final String INSERT = "insert into applicant (applicant_ref, township) values (?, ?)";

    private String database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.create("township_migration");
    }

    @AfterEach
    void dropDatabase() {
        TestDatabases.drop(database);
    }

    @Test
    void namesBecomeCodesAndAnythingElseBecomesUnknown() throws SQLException {
        migrate("8");
        Map<String, String> before = new LinkedHashMap<>();
        before.put("APL-00000001", "臺東市");
        before.put("APL-00000002", "台東市");
        before.put("APL-00000003", " 臺東縣蘭嶼鄉 ");
        before.put("APL-00000004", "縣外");
        before.put("APL-00000005", "A123456789");
        before.put("APL-00000006", "台北市");
        try (Connection connection = TestDatabases.connect(database);
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Map.Entry<String, String> row : before.entrySet()) {
                insert.setString(1, row.getKey());
                insert.setString(2, row.getValue());
                insert.executeUpdate();
            }
        }

        migrate("latest");

        assertThat(townships()).containsExactly(Map.entry("APL-00000001", "TAITUNG_CITY"),
                Map.entry("APL-00000002", "TAITUNG_CITY"), Map.entry("APL-00000003", "LANYU"),
                Map.entry("APL-00000004", "OUTSIDE_COUNTY"), Map.entry("APL-00000005", "-"),
                Map.entry("APL-00000006", "-"));
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(TestDatabases.jdbcUrl(database), TestDatabases.user(), TestDatabases.password())
                .locations("db/platform", "db/migration")
                .target(target).load().migrate();
    }

    private Map<String, String> townships() throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection connection = TestDatabases.connect(database);
                ResultSet result = connection.createStatement().executeQuery(
                        "select applicant_ref, coalesce(township, '-') from applicant order by applicant_ref")) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
        return rows;
    }
}
