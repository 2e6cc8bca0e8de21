package tw.smartdesk.application.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.smartdesk.testsupport.SmartDeskTestResource;
import tw.smartdesk.testsupport.TestDatabases;

/** Reads {@code service_definition} rows of the running test application's database over JDBC. */
final class CatalogueRows {

    private CatalogueRows() {
    }

    /** Every row the query returns, as column name to value. */
    static List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = TestDatabases.connect(SmartDeskTestResource.currentDatabase());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.put(meta.getColumnLabel(column), result.getObject(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The versions stored for one service, oldest first. */
    static List<Map<String, Object>> versions(String code) {
        return rows("select version, current, retired, fee_ntd, changed_by from service_definition where code = ? order by version", code);
    }

    static long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
    }
}
