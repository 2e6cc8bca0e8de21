package tw.smartdesk.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Fresh PostgreSQL databases for test runs, so that runs never see each other's data. The server is
 * 127.0.0.1:5432 as user postgres unless {@code SMARTDESK_DB_HOST}, {@code SMARTDESK_DB_PORT},
 * {@code SMARTDESK_DB_USER} and {@code SMARTDESK_DB_PASSWORD} say otherwise.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static String host() {
        return env("SMARTDESK_DB_HOST", "127.0.0.1");
    }

    public static String port() {
        return env("SMARTDESK_DB_PORT", "5432");
    }

    public static String user() {
        return env("SMARTDESK_DB_USER", "postgres");
    }

    public static String password() {
        return env("SMARTDESK_DB_PASSWORD", "");
    }

    /** Creates an empty database named {@code <prefix>_<random>} and returns its name. */
    public static String create(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        execute("create database " + name);
        return name;
    }

    public static void drop(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    public static String reactiveUrl(String database) {
        return "postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** A JDBC connection to the given database, for assertions on what a service wrote. */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user(), password());
    }

    private static void execute(String sql) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host() + ":" + port() + " refused: " + sql
                    + " (" + e.getMessage() + ")", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
