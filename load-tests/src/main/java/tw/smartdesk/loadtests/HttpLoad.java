package tw.smartdesk.loadtests;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The load generator's HTTP client: Vert.x on one event loop with a pool of keep-alive connections per service,
 * so a single thread drives thousands of requests per second and the generator stays a small share of the machine.
 * A request waits for a free connection in the pool's queue when all are busy; the timeout covers that wait too.
 */
final class HttpLoad implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final Vertx vertx;
    private final HttpClient client;
    private final long timeoutMillis;

    HttpLoad(int connectionsPerService, Duration timeout) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1).setPreferNativeTransport(false));
        this.timeoutMillis = timeout.toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                        .setConnectTimeout((int) timeoutMillis),
                new PoolOptions().setHttp1MaxSize(connectionsPerService).setMaxWaitQueueSize(-1));
    }

    /** Sends {@code call}; completes with the answer, or exceptionally (timeout, connection refused, ...). */
    CompletableFuture<Answer> send(HttpCall call) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(call.method())).setHost(HOST)
                .setPort(call.port()).setURI(call.uri()).setConnectTimeout(timeoutMillis).setIdleTimeout(timeoutMillis);
        if (call.token() != null) {
            options.putHeader("Authorization", "Bearer " + call.token());
        }
        if (call.body() != null) {
            options.putHeader("Content-Type", "application/json");
        }
        if (call.idempotencyKey() != null) {
            options.putHeader("Idempotency-Key", call.idempotencyKey());
        }
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        client.request(options)
                .compose(request -> call.body() == null ? request.send() : request.send(Buffer.buffer(call.body())))
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body)))
                .onSuccess(answer::complete)
                .onFailure(answer::completeExceptionally);
        return answer;
    }

    /** The body of a 2xx answer to {@code call}, waited for; any other outcome fails the run with what happened. */
    String fetch(HttpCall call) {
        try {
            Answer answer = send(call).get(timeoutMillis, TimeUnit.MILLISECONDS);
            if (!answer.ok()) {
                throw new BenchmarkException(call.method() + " " + call.uri() + " answered " + answer.status() + ": " + answer.text());
            }
            return answer.text();
        } catch (BenchmarkException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new BenchmarkException(call.method() + " " + call.uri() + " failed: " + e, e);
        }
    }

    /** What went wrong with a request that got no answer: "timeout" or "connection (...)". */
    static String failureKind(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
            return "timeout";
        }
        return "connection (" + cause.getClass().getSimpleName() + ")";
    }

    @Override
    public void close() {
        try {
            client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** An HTTP answer: status and body (decoded only when asked for: most scenarios never look at it). */
    record Answer(int status, Buffer body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text() {
            return body == null ? "" : body.toString();
        }
    }
}
