package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackSecretsTest {

    @TempDir
    Path keys;

    @Test
    void madeUpOnceInTheRightShapeAndKeptForTheNextRun() throws Exception {
        Path file = keys.resolve(StackSecrets.FILE);

        Map<String, String> first = StackSecrets.loadOrCreate(file, Map.of());
        Map<String, String> second = StackSecrets.loadOrCreate(file, Map.of());

        assertThat(first).containsOnlyKeys(StackSecrets.GENERATED.keySet()).isEqualTo(second);
        assertThat(first.get("SMARTDESK_APPLICANT_DATA_KEYS")).startsWith("local-1:");
        assertThat(Base64.getDecoder().decode(first.get("SMARTDESK_APPLICANT_DATA_KEYS").substring("local-1:".length()))).hasSize(32);
        assertThat(first.get("SMARTDESK_APPLICANT_ID_HASH_KEYS")).matches("local-1:[0-9a-f]{64}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(StackSecrets.loadOrCreate(keys.resolve("other.properties"), Map.of()).get("SMARTDESK_APPLICANT_DATA_KEYS"))
                .as("random per stack").isNotEqualTo(first.get("SMARTDESK_APPLICANT_DATA_KEYS"));
    }

    @Test
    void aVariableOfTheLaunchersEnvironmentWins() {
        Map<String, String> secrets = StackSecrets.loadOrCreate(keys.resolve(StackSecrets.FILE),
                Map.of("SMARTDESK_APPLICANT_ID_HASH_KEYS", "mine:set-by-the-developer-0123456789abcdef"));

        assertThat(secrets.get("SMARTDESK_APPLICANT_ID_HASH_KEYS")).isEqualTo("mine:set-by-the-developer-0123456789abcdef");
    }

    @Test
    void aSecretAddedLaterIsMadeUpWithoutChangingTheOthers() throws Exception {
        Path file = keys.resolve(StackSecrets.FILE);
        Files.writeString(file, "SMARTDESK_APPLICANT_DATA_KEYS=k\\:kept\n");

        Map<String, String> secrets = StackSecrets.loadOrCreate(file, Map.of());

        assertThat(secrets.get("SMARTDESK_APPLICANT_DATA_KEYS")).isEqualTo("k:kept");
        assertThat(secrets.get("SMARTDESK_APPLICANT_ID_HASH_KEYS")).isNotBlank();
        assertThat(StackSecrets.read(file).getProperty("SMARTDESK_APPLICANT_DATA_KEYS")).isEqualTo("k:kept");
    }

    @Test
    void aStackMadeBeforeKeyRingsKeepsItsKeysAsTheRingsKeyLocal0() throws Exception {
        Path file = keys.resolve(StackSecrets.FILE);
        Files.writeString(file, "SMARTDESK_APPLICANT_DATA_KEY=old-data-key\nSMARTDESK_APPLICANT_ID_HASH_KEY=old-hash-key\n");

        Map<String, String> secrets = StackSecrets.loadOrCreate(file, Map.of());

        assertThat(secrets).containsEntry("SMARTDESK_APPLICANT_DATA_KEYS", "local-0:old-data-key")
                .containsEntry("SMARTDESK_APPLICANT_ID_HASH_KEYS", "local-0:old-hash-key");
        assertThat(StackSecrets.read(file)).doesNotContainKey("SMARTDESK_APPLICANT_DATA_KEY");
    }
}
