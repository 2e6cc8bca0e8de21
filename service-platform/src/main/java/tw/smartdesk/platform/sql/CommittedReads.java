package tw.smartdesk.platform.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only SQL on the service's reactive pool, outside Hibernate and outside any transaction: for reads of
 * committed rows that map to no entity (an idempotency record, a counter table, a list for an administrator).
 * Parameters are positional ({@code $1}, {@code $2}); statements are prepared once per connection.
 *
 * <p>Why not {@code session.createNativeQuery(sql, Object[].class)}: Hibernate keys its cache of native
 * <em>select</em> plans on the SQL and a result mapping it completes only while running the query, so the
 * key of every call differs from the stored ones while sharing their hash. Each call then adds one more
 * plan under one hash, and every later look-up compares against all of them: a profile of the submission
 * load spent 6 % of application-service's CPU there. HQL queries on entities and native statements run
 * with {@code executeUpdate()} are keyed on their text alone and are not affected; a read that must see the
 * current transaction's own writes belongs in HQL.
 */
@ApplicationScoped
public class CommittedReads {

    private final Pool pool;

    CommittedReads(Pool pool) {
        this.pool = pool;
    }

    /** Every row {@code sql} answers for these parameters. */
    public Uni<List<Row>> rows(String sql, Object... parameters) {
        return pool.preparedQuery(sql).execute(Tuple.from(parameters)).map(rows -> {
            List<Row> list = new ArrayList<>(rows.size());
            rows.forEach(list::add);
            return list;
        });
    }
}
