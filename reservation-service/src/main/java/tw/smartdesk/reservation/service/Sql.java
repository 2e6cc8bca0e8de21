package tw.smartdesk.reservation.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import tw.smartdesk.platform.sql.WriteBatch;

/** One statement on a transaction's connection, with {@link WriteBatch}'s conversions of its values. */
final class Sql {

    private Sql() {
    }

    static Uni<List<Row>> run(SqlConnection connection, String sql, Object... values) {
        return new WriteBatch().add(sql, values).sendOn(connection).map(answers -> rows(answers.get(0)));
    }

    static List<Row> rows(RowSet<Row> answer) {
        List<Row> rows = new ArrayList<>(answer.size());
        answer.forEach(rows::add);
        return rows;
    }

    /** An instant as the reactive client binds timestamptz outside a {@link WriteBatch}. */
    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
