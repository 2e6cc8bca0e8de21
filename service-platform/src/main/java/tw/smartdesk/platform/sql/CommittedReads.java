package tw.smartdesk.platform.sql;

import io.quarkus.hibernate.orm.runtime.PersistenceUnitUtil;
import io.quarkus.hibernate.reactive.panache.common.runtime.SessionOperations;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

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
 *
 * <p>Never inside a Hibernate transaction: the pool is the one Hibernate's transactions hold their connections
 * from, so a transaction waiting here for a second connection waits on every other such transaction once as many
 * run at once as the pool has connections, and none ever finishes. {@link #rows} fails at once when called inside
 * one; read first, then open the transaction (as {@code IdempotentRequests} does).
 */
@ApplicationScoped
public class CommittedReads {

    private final Pool pool;

    CommittedReads(Pool pool) {
        this.pool = pool;
    }

    /** Every row {@code sql} answers for these parameters; fails when called inside a transaction (see above). */
    public Uni<List<Row>> rows(String sql, Object... parameters) {
        if (insideTransaction()) {
            return Uni.createFrom().failure(new IllegalStateException("CommittedReads inside a transaction would wait"
                    + " for a second connection of the pool the transaction holds one of: read before it opens"));
        }
        return pool.preparedQuery(sql).execute(Tuple.from(parameters)).map(rows -> {
            List<Row> list = new ArrayList<>(rows.size());
            rows.forEach(list::add);
            return list;
        });
    }

    /**
     * Whether the caller's Vert.x context holds an open Hibernate Reactive session with a transaction; false off
     * any context or on one Hibernate may not use. Looks only: it never opens a session.
     */
    private static boolean insideTransaction() {
        if (Vertx.currentContext() == null) {
            return false;
        }
        try {
            Mutiny.Session session = SessionOperations.getCurrentSession(PersistenceUnitUtil.DEFAULT_PERSISTENCE_UNIT_NAME);
            return session != null && session.currentTransaction() != null;
        } catch (IllegalStateException notASafeContext) {
            return false;
        }
    }
}
