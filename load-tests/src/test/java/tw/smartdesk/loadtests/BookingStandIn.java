package tw.smartdesk.loadtests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for reservation-service's booking endpoint (the JDK's HTTP server): {@code GET /sites/...} answers 200,
 * and each {@code POST /reservations} is answered as {@link Bookings} decides from its arrival order and slot. It can
 * hold every booking until a number of them have arrived, to show they were in flight together.
 */
final class BookingStandIn implements AutoCloseable {

    /** What the stand-in answers. */
    record Reply(int status, String body) {

        static Reply booked() {
            return new Reply(201, "{\"status\":\"BOOKED\"}");
        }

        static Reply problem(String type) {
            return new Reply(409, "{\"type\":\"urn:smartdesk:problem:" + type + "\",\"status\":409}");
        }
    }

    /** The answer to the booking that arrived {@code order}-th (from 0) for the slot starting at {@code slotStart}. */
    interface Bookings {
        Reply answer(int order, String slotStart);
    }

    private final HttpServer server;
    private final AtomicInteger arrived = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger mostHeld = new AtomicInteger();
    private final CountDownLatch holdUntil;

    /** @param holdUntil bookings held unanswered until this many have arrived (at most 10 s); 0 answers each at once */
    BookingStandIn(int holdUntil, Bookings bookings) throws IOException {
        this.holdUntil = new CountDownLatch(holdUntil);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/sites/", exchange -> reply(exchange, new Reply(200, "{}")));
        server.createContext("/reservations", exchange -> {
            String slotStart = new JsonObject(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).getString("slotStart");
            int order = arrived.getAndIncrement();
            mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
            this.holdUntil.countDown();
            try {
                this.holdUntil.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            held.decrementAndGet();
            reply(exchange, bookings.answer(order, slotStart));
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The most bookings the stand-in held unanswered at one time. */
    int mostHeld() {
        return mostHeld.get();
    }

    private static void reply(HttpExchange exchange, Reply reply) throws IOException {
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(reply.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
