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
        assertThat(Base64.getDecoder().decode(first.get("SMARTDESK_APPLICANT_DATA_KEY"))).hasSize(32);
        assertThat(first.get("SMARTDESK_APPLICANT_ID_HASH_KEY")).matches("[0-9a-f]{64}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(StackSecrets.loadOrCreate(keys.resolve("other.properties"), Map.of()).get("SMARTDESK_APPLICANT_DATA_KEY"))
                .as("random per stack").isNotEqualTo(first.get("SMARTDESK_APPLICANT_DATA_KEY"));
    }

    @Test
    void aVariableOfTheLaunchersEnvironmentWins() {
        Map<String, String> secrets = StackSecrets.loadOrCreate(keys.resolve(StackSecrets.FILE),
                Map.of("SMARTDESK_APPLICANT_ID_HASH_KEY", "set-by-the-developer-0123456789abcdef"));

        assertThat(secrets.get("SMARTDESK_APPLICANT_ID_HASH_KEY")).isEqualTo("set-by-the-developer-0123456789abcdef");
    }

    @Test
    void aSecretAddedLaterIsMadeUpWithoutChangingTheOthers() throws Exception {
        Path file = keys.resolve(StackSecrets.FILE);
        Files.writeString(file, "SMARTDESK_APPLICANT_DATA_KEY=kept\n");

        Map<String, String> secrets = StackSecrets.loadOrCreate(file, Map.of());

        assertThat(secrets.get("SMARTDESK_APPLICANT_DATA_KEY")).isEqualTo("kept");
        assertThat(secrets.get("SMARTDESK_APPLICANT_ID_HASH_KEY")).isNotBlank();
        assertThat(Files.readString(file)).contains("SMARTDESK_APPLICANT_DATA_KEY=kept", "SMARTDESK_APPLICANT_ID_HASH_KEY=");
    }
}
