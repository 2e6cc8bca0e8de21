package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.smartdesk.testsupport.TestDatabases;

/**
 * Platform migrations (0.x) and a service's (1 and up) share one history table, so a platform migration added later
 * has a lower version than migrations already applied. A database that was migrated before 0.6 existed must still
 * get it when the service starts, with the settings the platform gives every service.
 */
class PlatformMigrationsOutOfOrderTest {

    private String database;

    @BeforeEach
    void databaseMigratedBeforeTheNewestPlatformMigration() {
        database = TestDatabases.create("platform_migrations");
        flyway().locations("classpath:db/platform", "classpath:db/migration").target("0.5").load().migrate();
        flyway().locations("classpath:db/migration").ignoreMigrationPatterns("*:missing").load().migrate();
    }

    @AfterEach
    void drop() {
        TestDatabases.drop(database);
    }

    @Test
    void aLaterPlatformMigrationIsAppliedUnderTheServiceMigrationsAlreadyThere() throws Exception {
        assertThat(applied("0.6")).isFalse();
        assertThat(applied("1")).isTrue();
        assertThatThrownBy(() -> flyway().locations("classpath:db/platform", "classpath:db/migration").load().migrate())
                .as("in order only").isInstanceOf(FlywayException.class).hasMessageContaining("0.6");

        flyway().locations("classpath:db/platform", "classpath:db/migration").outOfOrder(platformOutOfOrder()).load().migrate();

        assertThat(applied("0.6")).isTrue();
        assertThat(count("select count(*) from pg_trigger where tgname = 'outbox_event_inserted'")).isZero();
    }

    /** What every service runs with: service-platform's {@code quarkus.flyway.out-of-order}. */
    private static boolean platformOutOfOrder() throws IOException {
        Properties config = new Properties();
        try (InputStream in = PlatformMigrationsOutOfOrderTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        return Boolean.parseBoolean(config.getProperty("quarkus.flyway.out-of-order", "false"));
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(TestDatabases.jdbcUrl(database), TestDatabases.user(), TestDatabases.password());
    }

    private boolean applied(String version) throws SQLException {
        return count("select count(*) from flyway_schema_history where version = '" + version + "' and success") == 1;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = TestDatabases.connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
