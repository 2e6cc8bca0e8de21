package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.smartdesk.kafkasetup.KafkaCredentials;

/** The local broker's passwords: made up once per principal, kept owner-only, the same on every later start. */
class KafkaSecretsTest {

    @TempDir
    Path keys;

    @Test
    void everyPrincipalGetsItsOwnPasswordOnceAndKeepsIt() throws Exception {
        Path file = keys.resolve(KafkaSecrets.FILE);
        KafkaCredentials first = KafkaSecrets.loadOrCreate(file);

        assertThat(first.passwords()).containsOnlyKeys("admin", "application-service", "reservation-service",
                "pickup-locker-service", "notification-service", "analytics-service", "external-reader");
        assertThat(first.passwords().values()).doesNotHaveDuplicates().allSatisfy(password -> assertThat(password).hasSize(48));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(KafkaSecrets.loadOrCreate(file).passwords()).isEqualTo(first.passwords());
    }

    @Test
    void aServiceLogsInAsItsOwnPrincipal() {
        KafkaCredentials credentials = KafkaSecrets.loadOrCreate(keys.resolve(KafkaSecrets.FILE));

        assertThat(KafkaSecrets.serviceEnvironment(credentials, StackService.ANALYTICS))
                .containsEntry("SMARTDESK_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("SMARTDESK_KAFKA_USER", "analytics-service")
                .containsEntry("SMARTDESK_KAFKA_PASSWORD", credentials.password("analytics-service"));
    }
}
