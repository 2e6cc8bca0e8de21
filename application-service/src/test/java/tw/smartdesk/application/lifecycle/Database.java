package tw.smartdesk.application.lifecycle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import tw.smartdesk.testsupport.SmartDeskTestResource;
import tw.smartdesk.testsupport.TestDatabases;

/** Plain JDBC on the running test application's database: to set up rows and to check what was written. */
final class Database {

    private Database() {
    }

    static int update(String sql, Object... parameters) {
        try (Connection connection = TestDatabases.connect(SmartDeskTestResource.currentDatabase());
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row. */
    static List<String> column(String sql, Object... parameters) {
        try (Connection connection = TestDatabases.connect(SmartDeskTestResource.currentDatabase());
                PreparedStatement statement = prepare(connection, sql, parameters);
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

    /** The single value of a one-row, one-column query; null when there is no row. */
    static String value(String sql, Object... parameters) {
        List<String> values = column(sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    static long count(String sql, Object... parameters) {
        return Long.parseLong(value(sql, parameters));
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
