package tw.smartdesk.application.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Keeps {@link CommittedKeys} in step with the dev and test key rings in application.properties. */
class CommittedKeysTest {

    @Test
    void everyKeyOfTheCommittedDevAndTestRingsIsKnownAsCommitted() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<byte[]> committed = new ArrayList<>();
        for (String profile : List.of("%dev.", "%test.")) {
            for (String secret : secrets(properties.getProperty(profile + "smartdesk.application.data-keys"))) {
                committed.add(Base64.getDecoder().decode(secret));
            }
            for (String secret : secrets(properties.getProperty(profile + "smartdesk.application.id-hash-keys"))) {
                committed.add(secret.getBytes(StandardCharsets.UTF_8));
            }
        }

        assertThat(committed).hasSize(6).allMatch(CommittedKeys::isCommitted);
        assertThat(CommittedKeys.isCommitted(new byte[32])).isFalse();
    }

    private static List<String> secrets(String ring) {
        assertThat(ring).as("a committed ring").isNotBlank();
        return java.util.Arrays.stream(ring.split(",")).map(entry -> entry.substring(entry.indexOf(':') + 1)).toList();
    }
}
