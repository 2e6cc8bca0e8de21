package tw.smartdesk.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hibernate.exception.ConstraintViolationException;
import tw.smartdesk.platform.outbox.OutboxRelay;
import tw.smartdesk.platform.sql.CommittedReads;
import tw.smartdesk.platform.sql.TransactionSlots;
import tw.smartdesk.platform.sql.WriteBatch;

/**
 * {@code Idempotency-Key} on HTTP writes. The first response is stored in the same transaction as
 * the write it describes; a repeat with the same key and body gets that response back and writes
 * nothing. The same key with another body is refused (422); a repeat racing the first gets 409.
 *
 * <p>{@link #execute} owns the write's transaction: it looks the key up first, on a pooled connection and outside
 * any transaction, and only then opens the transaction. Called inside one, it would hold a connection while
 * waiting for a second from the same pool, and as many concurrent requests as the pool has connections would
 * wait for each other for ever (the benchmark's submissions did, at 64 clients and a pool of 10). After the commit
 * the outbox relay is asked to look for the events the write recorded.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    /** How often a batched write rolled back to break a deadlock is run again before its failure is answered. */
    static final int DEADLOCK_RETRIES = 3;
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private static final String FIND = """
            select request_hash, status, response_body from idempotent_request
            where scope = $1 and idempotency_key = $2
            """;
    /** Positional parameters for a {@link WriteBatch}; {@link #STORE_ORDINAL} is the same for a Hibernate session. */
    private static final String STORE = """
            insert into idempotent_request (scope, idempotency_key, request_hash, status, response_body)
            values ($1, $2, $3, $4, $5)
            """;
    private static final String STORE_ORDINAL = STORE.replace('$', '?');

    /** An index probe (idempotent_request_mentions, GIN): {@code mentions} holds the answer's applicantRef values. */
    private static final String FORGET_MENTIONING =
            "delete from idempotent_request where mentions @> array[cast(:applicantRef as text)]";
    private static final String FORGET_SCOPES = "delete from idempotent_request where starts_with(scope, :prefix)";

    private final ObjectMapper json;
    private final CommittedReads reads;
    private final TransactionSlots slots;

    private final Pool pool;
    private final OutboxRelay relay;

    public IdempotentRequests(ObjectMapper json, CommittedReads reads, TransactionSlots slots, Pool pool, OutboxRelay relay) {
        this.json = json;
        this.reads = reads;
        this.slots = slots;
        this.pool = pool;
        this.relay = relay;
    }

    /** What a batched write leaves to send: its statements (the answer's own row is added to them) and the answer. */
    public record Batched<T>(WriteBatch writes, T answer) {
    }

    /**
     * {@link #execute} for a write sent as one {@link WriteBatch}: after the key's look-up (a repeat gets the stored
     * answer and runs neither step), {@code check} runs outside any transaction (reads of committed data, checks
     * that answer 4xx), then {@code write} in a transaction on the pool's connection it is given: it reads what it
     * must and answers its statements and its answer. The stored answer joins those statements, so the whole write
     * is one pipelined batch, and a repeat racing the first is stopped by the key's unique index (409). A transaction
     * PostgreSQL rolls back to break a deadlock runs again, up to {@link #DEADLOCK_RETRIES} times.
     */
    public <C, T> Uni<Response> executeBatched(String key, String scope, Object request, int status, Supplier<Uni<C>> check,
            BiFunction<C, SqlConnection, Uni<Batched<T>>> write) {
        return slots.run(() -> onceForKey(key, scope, request, stored -> writeBatched(check, write, status, stored)));
    }

    private <C, T> Uni<Response> writeBatched(Supplier<Uni<C>> check, BiFunction<C, SqlConnection, Uni<Batched<T>>> write,
            int status, Stored stored) {
        return check.get().chain(checked -> Uni.createFrom().deferred(() -> pool.withTransaction(connection -> write
                        .apply(checked, connection).chain(batched -> send(batched, connection, status, stored))))
                .onFailure(IdempotentRequests::isDeadlock).retry().atMost(DEADLOCK_RETRIES))
                .invoke(relay::requestDrain);
    }

    /** Where a first answer is kept: its scope, key and request hash. */
    private record Stored(String scope, String key, String hash) {
    }

    /** Sends the write's statements, and the answer's row when {@code stored} says where; completes with the answer. */
    private <T> Uni<Response> send(Batched<T> batched, SqlConnection connection, int status, Stored stored) {
        String body = toJson(batched.answer());
        if (stored != null) {
            batched.writes().add(STORE, stored.scope(), stored.key(), stored.hash(), status, body);
        }
        return batched.writes().sendOn(connection)
                .onFailure(IdempotentRequests::isDuplicateKey).transform(duplicate -> inProgress())
                .replaceWith(() -> respond(status, body));
    }

    /**
     * Runs {@code write} in a transaction of its own, unless this key was seen in this scope; never call it inside a
     * transaction (see the class comment). The look-up and the transaction wait for a turn in {@link TransactionSlots}
     * (503 when too many writes wait). The stored answer is looked up among committed rows
     * ({@link CommittedReads}); a repeat racing an uncommitted first request is stopped by the key's unique index
     * when it stores its own answer, in the write's transaction (409).
     *
     * @param key the header value, or null when the client sent none
     * @param scope who and what, e.g. {@code "citizen-42 POST /applications"}
     * @param request the request body, whose hash must match on a repeat
     */
    public <T> Uni<Response> execute(String key, String scope, Object request, int status, Supplier<Uni<T>> write) {
        return slots.run(() -> onceForKey(key, scope, request, stored -> firstTime(stored, status, write)));
    }

    /**
     * The stored answer when this key was seen in this scope (422 when the body differs); otherwise {@code firstTime},
     * told where its answer is to be kept (null without a key: nothing is kept).
     */
    private Uni<Response> onceForKey(String key, String scope, Object request, Function<Stored, Uni<Response>> firstTime) {
        if (key == null) {
            return firstTime.apply(null);
        }
        requireValid(key);
        String hash = sha256(toJson(request));
        return reads.rows(FIND, scope, key).chain(found -> found.isEmpty()
                ? firstTime.apply(new Stored(scope, key, hash))
                : Uni.createFrom().item(replay(found.get(0), hash)));
    }

    /**
     * Deletes every stored response that mentions {@code applicantRef} as the value of a JSON field named
     * {@code applicantRef}, at any depth (the database keeps those values in an indexed column, so this reads
     * only the matching rows), in the caller's transaction. Completes with how many were deleted.
     */
    public Uni<Integer> forgetResponsesMentioning(String applicantRef) {
        if (applicantRef == null || applicantRef.isBlank()) {
            throw new IllegalArgumentException("An applicantRef is needed");
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(FORGET_MENTIONING)
                .setParameter("applicantRef", applicantRef)
                .executeUpdate());
    }

    /**
     * Deletes every stored response of requests made by {@code subject} (scopes that start with the
     * subject and a space, as {@link #execute} scopes are written), in the caller's transaction:
     * erasing a person's account leaves none of its requests or answers behind. Completes with how
     * many were deleted.
     */
    public Uni<Integer> forgetScopesOf(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A subject is needed; a blank one would match other callers' scopes");
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(FORGET_SCOPES)
                .setParameter("prefix", subject + " ")
                .executeUpdate());
    }

    private <T> Uni<Response> firstTime(Stored stored, int status, Supplier<Uni<T>> write) {
        return Panache.withTransaction(() -> write.get().map(this::toJson).chain(body -> stored == null
                ? Uni.createFrom().item(respond(status, body))
                : Panache.getSession()
                        .chain(session -> session.createNativeQuery(STORE_ORDINAL)
                                .setParameter(1, stored.scope()).setParameter(2, stored.key())
                                .setParameter(3, stored.hash()).setParameter(4, status).setParameter(5, body)
                                .executeUpdate())
                        .onFailure(IdempotentRequests::isDuplicate).transform(duplicate -> inProgress())
                        .replaceWith(() -> respond(status, body)))).invoke(relay::requestDrain);
    }

    private static void requireValid(String key) {
        if (!VALID_KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to 255 visible ASCII characters",
                    List.of(new Problem.Violation(HEADER, "invalid")));
        }
    }

    private static ProblemException inProgress() {
        return ProblemException.conflict("idempotency-key-in-use", "Request in progress",
                "Another request with this Idempotency-Key is being processed; retry shortly");
    }

    /**
     * PostgreSQL broke a deadlock by rolling this transaction back: nothing of it was written, so it runs again. Writes
     * that lock several rows in an order their data decides (moving a reservation from one slot to another while
     * another moves the other way) can meet such a cycle however carefully the common paths order their locks.
     */
    private static boolean isDeadlock(Throwable failure) {
        return failure instanceof PgException rolledBack && "40P01".equals(rolledBack.getSqlState());
    }

    /** The unique index of stored answers refused a second answer for the key: a repeat raced the first. */
    private static boolean isDuplicateKey(Throwable failure) {
        return failure instanceof PgException refused && "23505".equals(refused.getSqlState())
                && "idempotent_request".equals(refused.getTable());
    }

    private static Response replay(Row stored, String hash) {
        if (!hash.equals(stored.getString(0))) {
            throw ProblemException.ruleBroken("idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was used with a different request body");
        }
        return respond(stored.getInteger(1), stored.getString(2));
    }

    private static Response respond(int status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private static boolean isDuplicate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException || String.valueOf(cause.getMessage()).contains("23505")) {
                return true;
            }
        }
        return false;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
