package tw.smartdesk.platform.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.core.net.JksOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * Connections outside the pool, to the service's own database: a session-scoped advisory lock belongs to one
 * physical connection, which a pool would hand to somebody else. They
 * take the pool's URL, credentials and TLS settings ({@code quarkus.datasource.reactive.*}), and TCP
 * keepalive is on so that the operating system, too, notices a dead peer.
 */
@ApplicationScoped
class DedicatedConnections {

    private static final String REACTIVE_PREFIX = "vertx-reactive:";
    private static final String REACTIVE = "quarkus.datasource.reactive.";

    private final Vertx vertx;
    private final PgConnectOptions options;

    @Inject
    DedicatedConnections(Vertx vertx, Config config) {
        this(vertx, optionsFrom(config));
    }

    /** Connections with explicit options, e.g. through a test proxy. */
    DedicatedConnections(Vertx vertx, PgConnectOptions options) {
        this.vertx = vertx;
        this.options = options;
    }

    /** The pool's connection settings, read from the same configuration keys Quarkus reads. */
    static PgConnectOptions optionsFrom(Config config) {
        String url = config.getValue(REACTIVE + "url", String.class);
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith(REACTIVE_PREFIX)
                ? url.substring(REACTIVE_PREFIX.length()) : url);
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
        config.getOptionalValue(REACTIVE + "postgresql.ssl-mode", String.class)
                .ifPresent(mode -> options.setSslMode(SslMode.valueOf(mode.toUpperCase(Locale.ROOT).replace('-', '_'))));
        config.getOptionalValue(REACTIVE + "trust-all", Boolean.class).ifPresent(options::setTrustAll);
        config.getOptionalValue(REACTIVE + "hostname-verification-algorithm", String.class)
                .map(algorithm -> "NONE".equalsIgnoreCase(algorithm) ? "" : algorithm)
                .ifPresent(options::setHostnameVerificationAlgorithm);
        if (config.getOptionalValue(REACTIVE + "trust-certificate-pem", Boolean.class).orElse(false)) {
            PemTrustOptions trust = new PemTrustOptions();
            list(config, REACTIVE + "trust-certificate-pem.certs").forEach(trust::addCertPath);
            options.setPemTrustOptions(trust);
        }
        if (config.getOptionalValue(REACTIVE + "key-certificate-pem", Boolean.class).orElse(false)) {
            PemKeyCertOptions key = new PemKeyCertOptions();
            list(config, REACTIVE + "key-certificate-pem.certs").forEach(key::addCertPath);
            list(config, REACTIVE + "key-certificate-pem.keys").forEach(key::addKeyPath);
            options.setPemKeyCertOptions(key);
        }
        if (config.getOptionalValue(REACTIVE + "trust-certificate-jks", Boolean.class).orElse(false)) {
            options.setTrustOptions(new JksOptions()
                    .setPath(config.getValue(REACTIVE + "trust-certificate-jks.path", String.class))
                    .setPassword(config.getOptionalValue(REACTIVE + "trust-certificate-jks.password", String.class).orElse(null)));
        }
        options.setTcpKeepAlive(true).setTcpKeepAliveIdleSeconds(10).setTcpKeepAliveIntervalSeconds(5)
                .setTcpKeepAliveCount(3);
        return options;
    }

    Uni<PgConnection> connect(String metricsName) {
        return PgConnection.connect(vertx, new PgConnectOptions(options).setMetricsName(metricsName));
    }

    /** The options every dedicated connection starts from (a copy). */
    PgConnectOptions options() {
        return new PgConnectOptions(options);
    }

    String describe() {
        return options.getHost() + ":" + options.getPort() + "/" + options.getDatabase();
    }

    private static List<String> list(Config config, String key) {
        return config.getOptionalValues(key, String.class).orElse(List.of());
    }
}
