package tw.smartdesk.loadtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** The PostgreSQL server the stack and pgbench share, from the same variables the stack reads ({@code SMARTDESK_DB_*}). */
record DatabaseServer(String host, int port, String user, String password) {

    static DatabaseServer fromEnvironment(Map<String, String> env) {
        return new DatabaseServer(env.getOrDefault("SMARTDESK_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("SMARTDESK_DB_PORT", "5432")),
                env.getOrDefault("SMARTDESK_DB_USER", "postgres"), env.getOrDefault("SMARTDESK_DB_PASSWORD", ""));
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
    }
}
