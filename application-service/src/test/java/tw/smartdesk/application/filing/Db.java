package tw.smartdesk.application.filing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import tw.smartdesk.testsupport.SmartDeskTestResource;
import tw.smartdesk.testsupport.TestDatabases;

/** Plain JDBC on the running test application's database, to check what was really written. */
final class Db {

    private Db() {
    }

    static int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row, as text. */
    static List<String> column(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row as bytes (a bytea), or null. */
    static byte[] bytes(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getBytes(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The applicant's audit trail, oldest first, one line an entry: {@code ACTION subject role channel|- fields|-}. */
    static List<String> auditOf(String applicantRef) {
        return column("select action || ' ' || actor_subject || ' ' || actor_role || ' ' || coalesce(channel, '-') || ' '"
                + " || coalesce(changed, '-') from applicant_audit where applicant_ref = ? order by id", applicantRef);
    }

    static String value(String sql, Object... parameters) {
        List<String> values = column(sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    static long count(String sql, Object... parameters) {
        return Long.parseLong(value(sql, parameters));
    }

    /**
     * Every {@code table.column} of the public schema (any type, the tables found through
     * information_schema) whose value in some row contains one of the texts: text-like columns as
     * text, bytea columns byte for byte (so plain UTF-8 in a bytea column is caught too).
     */
    static List<String> columnsContaining(List<String> tables, String... texts) {
        List<String> hits = new ArrayList<>();
        String tableFilter = tables.isEmpty() ? "" : " and table_name = any(?)";
        String sql = "select table_name, column_name, data_type from information_schema.columns"
                + " where table_schema = 'public'" + tableFilter + " order by table_name, ordinal_position";
        try (Connection connection = connect(); PreparedStatement columns = connection.prepareStatement(sql)) {
            if (!tables.isEmpty()) {
                columns.setArray(1, connection.createArrayOf("text", tables.toArray()));
            }
            try (ResultSet found = columns.executeQuery()) {
                while (found.next()) {
                    String table = found.getString(1);
                    String column = found.getString(2);
                    if (contains(connection, table, column, "bytea".equals(found.getString(3)), texts)) {
                        hits.add(table + "." + column);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("scan failed", e);
        }
        return hits;
    }

    private static boolean contains(Connection connection, String table, String column, boolean bytes, String... texts)
            throws SQLException {
        String condition = bytes ? "position(convert_to(?, 'UTF8') in \"" + column + "\") > 0"
                : "strpos(\"" + column + "\"::text, ?) > 0";
        String sql = "select count(*) from \"" + table + "\" where " + condition;
        for (String text : texts) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, text);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Connection connect() throws SQLException {
        return TestDatabases.connect(SmartDeskTestResource.currentDatabase());
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
