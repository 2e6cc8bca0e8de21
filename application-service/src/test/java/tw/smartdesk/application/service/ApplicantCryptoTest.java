package tw.smartdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ApplicantCryptoTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private static final String HASH_SECRET = "a-test-secret-of-at-least-thirty-two-chars";

    private final ApplicantCrypto crypto = new ApplicantCrypto(KEY, HASH_SECRET);

    @Test
    void aValueComesBackAndTheStoredFormHoldsVersionIvAndTag() {
        byte[] sealed = crypto.encrypt("王小明");
        assertThat(crypto.decrypt(sealed)).isEqualTo("王小明");
        assertThat(sealed[0]).isEqualTo((byte) 1);
        assertThat(sealed).hasSize(1 + 12 + "王小明".getBytes(StandardCharsets.UTF_8).length + 16);
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("王小明");
    }

    @Test
    void everyEncryptionUsesAFreshIv() {
        byte[] first = crypto.encrypt("A123456789");
        byte[] second = crypto.encrypt("A123456789");
        assertThat(Arrays.copyOfRange(first, 1, 13)).isNotEqualTo(Arrays.copyOfRange(second, 1, 13));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void nullStaysNull() {
        assertThat(crypto.encrypt(null)).isNull();
        assertThat(crypto.decrypt(null)).isNull();
    }

    @Test
    void anAlteredValueOrAnotherKeyIsRefused() {
        byte[] sealed = crypto.encrypt("0912345678");
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> crypto.decrypt(altered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ApplicantCrypto(OTHER_KEY, HASH_SECRET).decrypt(sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theIdHashIsStablePerNumberAndDependsOnTheSecret() {
        assertThat(crypto.idHash("A123456789")).isEqualTo(crypto.idHash("A123456789")).hasSize(64)
                .isNotEqualTo(crypto.idHash("A800000014"))
                .isNotEqualTo(new ApplicantCrypto(KEY, HASH_SECRET + "x").idHash("A123456789"));
    }

    @Test
    void aMissingOrMalformedKeyStopsTheServiceWithAnExplanation() {
        assertThatThrownBy(() -> new ApplicantCrypto("", HASH_SECRET))
                .hasMessageContaining("SMARTDESK_APPLICANT_DATA_KEY").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new ApplicantCrypto("not base64!", HASH_SECRET)).hasMessageContaining("not base64");
        assertThatThrownBy(() -> new ApplicantCrypto(Base64.getEncoder().encodeToString(new byte[16]), HASH_SECRET))
                .hasMessageContaining("decodes to 16 bytes");
        assertThatThrownBy(() -> new ApplicantCrypto(KEY, "short")).hasMessageContaining("SMARTDESK_APPLICANT_ID_HASH_KEY");
    }
}
