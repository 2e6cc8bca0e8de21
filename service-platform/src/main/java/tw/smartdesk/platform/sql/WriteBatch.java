package tw.smartdesk.platform.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of one write, sent to PostgreSQL together: every statement is handed to the connection before
 * any answer is awaited, so the reactive client pipelines them (PostgreSQL's extended protocol, one network write,
 * one wait) where Hibernate Reactive runs one statement per round trip. A submission writes about a dozen rows;
 * through Hibernate each cost a round trip and, on the event loop, more CPU than PostgreSQL spent running it (see
 * docs/adr/0009-pipelined-write-path.md). Use it for a hot write path whose statements do not depend on each
 * other's answers; reads the write needs come first (they may be a batch of their own, such as a lock then a
 * select).
 *
 * <p>Statements run in the order added, on one connection, in the caller's transaction. When one fails, PostgreSQL
 * refuses the rest of the transaction; {@link #sendOn} fails with the first statement's own failure. Parameters
 * are positional ({@code $1}, {@code $2}), each SQL text a constant (prepared once per connection). Values are
 * bound as the reactive client takes them, with three conversions: an {@link Instant} becomes a UTC
 * {@code OffsetDateTime} (timestamptz), a {@code byte[]} a buffer (bytea) and an enum its name (text).
 */
public final class WriteBatch {

    private record Statement(String sql, Tuple values) {
    }

    private final List<Statement> statements = new ArrayList<>();

    /** Adds a statement with its parameter values, in order. */
    public WriteBatch add(String sql, Object... values) {
        Tuple tuple = Tuple.tuple();
        for (Object value : values) {
            tuple.addValue(bindable(value));
        }
        statements.add(new Statement(sql, tuple));
        return this;
    }

    /**
     * Sends every statement on {@code connection}, then waits for all of them; completes with each statement's
     * rows, in the order added, or fails with the failure of the first statement that failed.
     */
    public Uni<List<RowSet<Row>>> sendOn(SqlConnection connection) {
        if (statements.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<RowSet<Row>>> sent = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            sent.add(connection.preparedQuery(statement.sql()).execute(statement.values()));
        }
        // join subscribes to each in order before any answer arrives: that is what pipelines them
        return Uni.join().all(sent).andFailFast();
    }

    private static Object bindable(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof byte[] bytes) {
            return Buffer.buffer(bytes);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
