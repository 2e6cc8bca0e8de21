package tw.smartdesk.platform.outbox;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Connections outside the pool, to the service's own database: a session-scoped advisory lock and
 * LISTEN both belong to one physical connection, which a pool would hand to somebody else.
 */
@ApplicationScoped
class DedicatedConnections {

    private static final String REACTIVE_PREFIX = "vertx-reactive:";

    private final Vertx vertx;
    private final PgConnectOptions options;

    DedicatedConnections(Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String reactiveUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        String uri = reactiveUrl.startsWith(REACTIVE_PREFIX) ? reactiveUrl.substring(REACTIVE_PREFIX.length()) : reactiveUrl;
        PgConnectOptions parsed = PgConnectOptions.fromUri(uri);
        username.ifPresent(parsed::setUser);
        password.ifPresent(parsed::setPassword);
        this.options = parsed;
    }

    Uni<PgConnection> connect() {
        return PgConnection.connect(vertx, new PgConnectOptions(options).setMetricsName("outbox-leader"));
    }

    PgSubscriber subscriber() {
        return PgSubscriber.subscriber(vertx, new PgConnectOptions(options).setMetricsName("outbox-listen"));
    }

    String describe() {
        return options.getHost() + ":" + options.getPort() + "/" + options.getDatabase();
    }
}
