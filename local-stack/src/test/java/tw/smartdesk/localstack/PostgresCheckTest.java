package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Against the real PostgreSQL of the machine (SMARTDESK_DB_*), and a port where none listens. */
class PostgresCheckTest {

    private final DatabaseServer server = StackSettings.from(System.getenv(), new Properties()).database();

    @Test
    void anUnreachableServerIsOneLineNamingTheVariables() {
        DatabaseServer nowhere = new DatabaseServer("127.0.0.1", FreePorts.next(), "postgres", "");

        assertThatThrownBy(() -> new PostgresCheck(nowhere).requireReachable())
                .isInstanceOf(StackException.class)
                .hasMessage("PostgreSQL is not reachable at " + nowhere.address() + ": start it, or set SMARTDESK_DB_HOST/"
                        + "SMARTDESK_DB_PORT/SMARTDESK_DB_USER/SMARTDESK_DB_PASSWORD to point at another server")
                .extracting(Throwable::getMessage).asString().doesNotContain("\n");
    }

    @Test
    void anUnknownHostIsUnreachableToo() {
        DatabaseServer nowhere = new DatabaseServer("no-such-host.invalid", 5432, "postgres", "");

        assertThatThrownBy(() -> new PostgresCheck(nowhere).requireReachable())
                .hasMessageStartingWith("PostgreSQL is not reachable at no-such-host.invalid:5432: ");
    }

    @Test
    void aRefusedUserIsNamedWithTheVariablesToSet() {
        DatabaseServer wrongUser = new DatabaseServer(server.host(), server.port(), "nobody_" + UUID.randomUUID().toString().substring(0, 8), "x");

        assertThatThrownBy(() -> new PostgresCheck(wrongUser).requireReachable())
                .isInstanceOf(StackException.class)
                .hasMessageContaining("refused user '" + wrongUser.user() + "'")
                .hasMessageEndingWith("set SMARTDESK_DB_USER/SMARTDESK_DB_PASSWORD");
    }

    @Test
    void createsMissingDatabasesOnceAndLeavesExistingOnesAlone() throws Exception {
        String database = "smartdesk_check_" + UUID.randomUUID().toString().substring(0, 8);
        PostgresCheck check = new PostgresCheck(server);
        check.requireReachable();
        try {
            assertThat(check.createMissing(List.of(database))).containsExactly(database);
            assertThat(check.createMissing(List.of(database))).isEmpty();
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password())) {
                assertThat(connection.isValid(2)).isTrue();
            }
        } finally {
            drop(database);
        }
    }

    private void drop(String database) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + database + "\" with (force)");
        }
    }
}
