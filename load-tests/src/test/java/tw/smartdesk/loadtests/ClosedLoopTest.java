package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A closed loop against a real HTTP server: a server that stops answering shows as errors, never as an empty window. */
class ClosedLoopTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/fast", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/stuck", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void callersStuckSinceTheWarmUpCountAsErrorsOfTheWindow() {
        ScenarioResult result = run("/stuck");

        assertThat(result.ok()).isZero();
        assertThat(result.errors()).containsEntry("no answer in the window", 3L);
        assertThat(result.latency().count()).isEqualTo(3);
    }

    @Test
    void anAnsweringServerHasNoSuchErrors() {
        ScenarioResult result = run("/fast");

        assertThat(result.ok()).isPositive();
        assertThat(result.errors()).isEmpty();
    }

    private ScenarioResult run(String path) {
        int port = server.getAddress().getPort();
        Scenario scenario = new Scenario() {
            @Override
            public String name() {
                return "probe " + path;
            }

            @Override
            public HttpCall next() {
                return HttpCall.get(port, path, null);
            }
        };
        try (HttpLoad http = new HttpLoad(3, Duration.ofSeconds(2))) {
            return new ClosedLoop(http, 3).run(scenario, Duration.ofMillis(300), Duration.ofMillis(500), MeasureWindow.NONE);
        }
    }
}
