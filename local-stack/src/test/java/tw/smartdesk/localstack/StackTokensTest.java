package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.smartdesk.security.Roles;

class StackTokensTest {

    @TempDir
    Path keys;

    @Test
    void theKeyPairIsMadeOnTheFirstStartAndKeptAfterThat() throws Exception {
        StackTokens first = StackTokens.loadOrCreate(keys, Roles.DEFAULT_ISSUER, Roles.DEFAULT_AUDIENCE);
        String publicKey = Files.readString(first.publicKey());

        StackTokens second = StackTokens.loadOrCreate(keys, Roles.DEFAULT_ISSUER, Roles.DEFAULT_AUDIENCE);

        assertThat(first.generated()).isTrue();
        assertThat(second.generated()).isFalse();
        assertThat(Files.readString(second.publicKey())).isEqualTo(publicKey);
        assertThat(second.publicKey()).isAbsolute().hasFileName("publicKey.pem");
    }

    @Test
    void oneTokenPerRoleSignedWithTheStackKeyValidForTwelveHours() throws Exception {
        StackTokens tokens = StackTokens.loadOrCreate(keys, "urn:smartdesk", "smartdesk-local");
        PublicKey publicKey = readPublicKey(tokens.publicKey());

        Map<String, String> minted = tokens.mintAll();

        assertThat(minted.keySet()).containsExactlyElementsOf(Roles.ALL);
        for (Map.Entry<String, String> entry : minted.entrySet()) {
            String[] parts = entry.getValue().split("\\.");
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(publicKey);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).as(entry.getKey() + " signature").isTrue();

            JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
            assertThat(claims.path("iss").asText()).isEqualTo("urn:smartdesk");
            assertThat(claims.path("aud").isArray() ? claims.path("aud").get(0).asText() : claims.path("aud").asText())
                    .isEqualTo("smartdesk-local");
            assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(StackTokens.LIFETIME.toSeconds());
            assertThat(claims.path("groups").get(0).asText()).isEqualTo(entry.getKey());
            assertThat(claims.path("sub").asText()).isEqualTo(StackTokens.subjectOf(entry.getKey()));
            long lifetime = claims.path("exp").asLong() - Instant.now().getEpochSecond();
            assertThat(lifetime).isBetween(12 * 3600L - 120, 12 * 3600L);
        }
        assertThat(StackTokens.subjectOf(Roles.CITIZEN)).isEqualTo("resident-0001");
    }

    private static PublicKey readPublicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
