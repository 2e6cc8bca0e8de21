package tw.smartdesk.localstack;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The first thing the launcher does: reach PostgreSQL (and say in one line what to do when it cannot),
 * then create the services' databases that do not exist yet. Flyway in each service does the rest.
 */
final class PostgresCheck {

    /** SQLSTATE of CREATE DATABASE when another session created it first. */
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private final DatabaseServer server;

    PostgresCheck(DatabaseServer server) {
        this.server = server;
    }

    /** Connects once to the maintenance database, or fails with the one line the user needs. */
    void requireReachable() {
        try (Connection ignored = connect()) {
            // reachable, and the credentials work
        } catch (SQLException e) {
            throw new StackException(explain(e), e);
        }
    }

    /** Creates each database that is missing; returns the ones it created. */
    List<String> createMissing(List<String> databases) {
        List<String> created = new ArrayList<>();
        try (Connection connection = connect()) {
            for (String database : databases) {
                if (!exists(connection, database) && create(connection, database)) {
                    created.add(database);
                }
            }
        } catch (SQLException e) {
            throw new StackException("Cannot create the databases on PostgreSQL at " + server.address() + ": "
                    + firstLine(e.getMessage()), e);
        }
        return created;
    }

    /** Drops each database that exists, closing its connections; returns the ones it dropped. */
    List<String> drop(List<String> databases) {
        List<String> dropped = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String database : databases) {
                if (exists(connection, database)) {
                    statement.execute("drop database if exists \"" + database + "\" with (force)");
                    dropped.add(database);
                }
            }
        } catch (SQLException e) {
            throw new StackException("Cannot drop the databases on PostgreSQL at " + server.address() + ": "
                    + firstLine(e.getMessage()), e);
        }
        return dropped;
    }

    /** The one line printed when the server cannot be used; names the variables that point elsewhere. */
    String explain(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return "PostgreSQL at " + server.address() + " refused user '" + server.user() + "' (" + firstLine(e.getMessage())
                    + "): set SMARTDESK_DB_USER/SMARTDESK_DB_PASSWORD";
        }
        if (state.startsWith("08") || networkFailure(e)) {
            return unreachable();
        }
        return "PostgreSQL at " + server.address() + " cannot be used (" + firstLine(e.getMessage())
                + "): check it, or set SMARTDESK_DB_HOST/SMARTDESK_DB_PORT/SMARTDESK_DB_USER/SMARTDESK_DB_PASSWORD";
    }

    String unreachable() {
        return "PostgreSQL is not reachable at " + server.address() + ": start it, or set SMARTDESK_DB_HOST/"
                + "SMARTDESK_DB_PORT/SMARTDESK_DB_USER/SMARTDESK_DB_PASSWORD to point at another server";
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        properties.setProperty("password", server.password());
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "smartdesk-local-stack");
        return DriverManager.getConnection(server.jdbcUrl(DatabaseServer.MAINTENANCE_DATABASE), properties);
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static boolean create(Connection connection, String database) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create database \"" + database + "\"");
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static boolean networkFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
