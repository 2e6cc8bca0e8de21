package tw.smartdesk.platform.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tw.smartdesk.events.Classification;
import tw.smartdesk.events.Topic;

/** The relay's statements on {@code outbox_event}; the relay runs them on its lock-holding connection. */
final class OutboxRows {

    /**
     * Unpublished rows that may be sent now, in id order: not parked, not waiting for a retry, of no key
     * that is busy in this relay, and with no earlier row of their key that is parked or waiting. So a
     * row that cannot be sent holds back its own key only.
     */
    private static final String SELECT_SENDABLE = "select " + PendingEvent.COLUMNS + """
             from outbox_event o
            where o.published_at is null and o.parked_at is null
              and (o.next_attempt_at is null or o.next_attempt_at <= now())
              and not (o.message_key = any($2))
              and not exists (select 1 from outbox_event earlier
                              where earlier.message_key = o.message_key and earlier.published_at is null
                                and earlier.id < o.id
                                and (earlier.parked_at is not null or earlier.next_attempt_at > now()))
            order by o.id
            limit $1
            """;
    private static final String MARK_PUBLISHED = "update outbox_event set published_at = now() where id = any($1)";
    /** Rows for restricted topics may hold contact details or codes: gone as soon as Kafka has them. */
    private static final String DELETE_PUBLISHED = "delete from outbox_event where id = any($1)";
    private static final String RECORD_FAILURE = """
            update outbox_event
            set attempts = attempts + case when $4 then 1 else 0 end, last_error = $2,
                next_attempt_at = now() + make_interval(secs => $3),
                parked_at = case when $4 and attempts + 1 >= $5 then now() end
            where id = $1 and published_at is null
            returning attempts, parked_at is not null as parked
            """;
    private static final String STATE = """
            select count(*) as unpublished,
                   coalesce(extract(epoch from now() - min(created_at)), 0) as oldest_age_seconds,
                   count(*) filter (where parked_at is not null) as parked
            from outbox_event where published_at is null
            """;
    private static final Set<String> RESTRICTED_TOPICS = Arrays.stream(Topic.values())
            .filter(topic -> topic.classification() == Classification.RESTRICTED)
            .map(Topic::topicName)
            .collect(Collectors.toUnmodifiableSet());
    private static final int ERROR_LENGTH = 500;

    /** The outcome of a failed send: the row's attempts so far and whether it is now parked. */
    record Failure(int attempts, boolean parked) {
    }

    /** What the outbox holds that is not yet published. */
    record State(long unpublished, double oldestAgeSeconds, long parked) {
    }

    private OutboxRows() {
    }

    static Uni<List<PendingEvent>> sendable(SqlClient client, int limit, Collection<String> busyKeys) {
        return client.preparedQuery(SELECT_SENDABLE).execute(Tuple.of(limit, busyKeys.toArray(String[]::new)))
                .map(rows -> {
                    List<PendingEvent> batch = new ArrayList<>();
                    rows.forEach(row -> batch.add(PendingEvent.from(row)));
                    return batch;
                });
    }

    /** Marks public-topic rows published and deletes restricted-topic rows: a statement for each kind present. */
    static Uni<Void> published(SqlClient client, List<PendingEvent> rows) {
        Map<Boolean, List<PendingEvent>> restricted = rows.stream()
                .collect(Collectors.partitioningBy(row -> RESTRICTED_TOPICS.contains(row.topic())));
        return each(client, MARK_PUBLISHED, restricted.get(false)).chain(() -> each(client, DELETE_PUBLISHED, restricted.get(true)));
    }

    private static Uni<Void> each(SqlClient client, String statement, List<PendingEvent> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Long[] ids = rows.stream().map(PendingEvent::id).toArray(Long[]::new);
        return client.preparedQuery(statement).execute(Tuple.of(ids)).replaceWithVoid();
    }

    /**
     * Keeps a failed send's error and schedules the next attempt; when the failure {@code counts}, counts
     * the attempt and parks the row after {@code maxAttempts}.
     */
    static Uni<Failure> failed(SqlClient client, long id, Throwable error, Duration nextAttemptIn, boolean counts,
            int maxAttempts) {
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        Tuple parameters = Tuple.of(id, message.length() > ERROR_LENGTH ? message.substring(0, ERROR_LENGTH) : message,
                nextAttemptIn.toMillis() / 1000.0, counts, maxAttempts);
        return client.preparedQuery(RECORD_FAILURE).execute(parameters).map(rows -> {
            if (rows.size() == 0) {
                return new Failure(0, false);
            }
            Row row = rows.iterator().next();
            return new Failure(row.getInteger("attempts"), row.getBoolean("parked"));
        });
    }

    static Uni<State> state(SqlClient client) {
        return client.query(STATE).execute().map(rows -> {
            Row row = rows.iterator().next();
            return new State(row.getLong("unpublished"), row.getNumeric("oldest_age_seconds").doubleValue(),
                    row.getLong("parked"));
        });
    }
}
