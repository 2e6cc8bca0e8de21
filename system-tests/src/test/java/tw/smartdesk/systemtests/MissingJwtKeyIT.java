package tw.smartdesk.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A packaged service (prod profile) has no default token verification key: without SMARTDESK_JWT_PUBLIC_KEY it
 * stops at start, naming the setting, before it touches its database or the broker.
 */
class MissingJwtKeyIT {

    @Test
    void aPackagedServiceDoesNotStartWithoutTheJwtPublicKey() throws Exception {
        Path work = Files.createTempDirectory("smartdesk-no-key-");
        try (PackagedService service = PackagedService.start("reservation-service", "never_created", Map.of(), Map.of(), work)) {
            OptionalInt exit = service.awaitExit(Duration.ofSeconds(60));

            assertThat(exit).as("exited by itself; log:\n" + service.logTail()).isPresent();
            assertThat(exit.getAsInt()).isNotZero();
            assertThat(service.logTail()).contains("mp.jwt.verify.publickey.location");
        }
    }
}
