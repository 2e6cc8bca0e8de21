package tw.smartdesk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The relay's own connections take the pool's address, credentials and TLS settings, with keepalive on. */
class DedicatedConnectionOptionsTest {

    @Test
    void urlCredentialsAndKeepaliveComeFromThePoolSettings() {
        PgConnectOptions options = DedicatedConnections.optionsFrom(config(Map.of(
                "quarkus.datasource.reactive.url", "vertx-reactive:postgresql://db.county.example:6432/smartdesk_application",
                "quarkus.datasource.username", "application_service",
                "quarkus.datasource.password", "s3cret")));

        assertThat(options.getHost()).isEqualTo("db.county.example");
        assertThat(options.getPort()).isEqualTo(6432);
        assertThat(options.getDatabase()).isEqualTo("smartdesk_application");
        assertThat(options.getUser()).isEqualTo("application_service");
        assertThat(options.getPassword()).isEqualTo("s3cret");
        assertThat(options.getSslMode()).isEqualTo(SslMode.DISABLE);
        assertThat(options.isTcpKeepAlive()).isTrue();
    }

    @Test
    void tlsSettingsOfThePoolApplyToo() {
        PgConnectOptions options = DedicatedConnections.optionsFrom(config(Map.of(
                "quarkus.datasource.reactive.url", "postgresql://db.county.example:5432/smartdesk_locker",
                "quarkus.datasource.reactive.postgresql.ssl-mode", "verify-full",
                "quarkus.datasource.reactive.trust-certificate-pem", "true",
                "quarkus.datasource.reactive.trust-certificate-pem.certs", "/etc/smartdesk/ca.pem,/etc/smartdesk/ca2.pem",
                "quarkus.datasource.reactive.hostname-verification-algorithm", "HTTPS")));

        assertThat(options.getSslMode()).isEqualTo(SslMode.VERIFY_FULL);
        assertThat(options.getTrustOptions()).isInstanceOfSatisfying(PemTrustOptions.class,
                trust -> assertThat(trust.getCertPaths()).containsExactly("/etc/smartdesk/ca.pem", "/etc/smartdesk/ca2.pem"));
        assertThat(options.getHostnameVerificationAlgorithm()).isEqualTo("HTTPS");
    }

    @Test
    void trustAllAndRequireAreHonoured() {
        PgConnectOptions options = DedicatedConnections.optionsFrom(config(Map.of(
                "quarkus.datasource.reactive.url", "postgresql://127.0.0.1:5432/smartdesk_analytics",
                "quarkus.datasource.reactive.postgresql.ssl-mode", "require",
                "quarkus.datasource.reactive.trust-all", "true")));

        assertThat(options.getSslMode()).isEqualTo(SslMode.REQUIRE);
        assertThat(options.isTrustAll()).isTrue();
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }
}
