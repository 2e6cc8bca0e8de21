package tw.smartdesk.application.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ApplicantCryptoTest {

    private static final String OLD_KEY = key(1);
    private static final String NEW_KEY = key(2);
    private static final String OLD_HASH = "old-hash-secret-of-at-least-thirty-two-chars";
    private static final String NEW_HASH = "new-hash-secret-of-at-least-thirty-two-chars";

    private final ApplicantCrypto before = crypto("k1:" + OLD_KEY, "h1:" + OLD_HASH);
    private final ApplicantCrypto during = crypto("k2:" + NEW_KEY + ",k1:" + OLD_KEY, "h2:" + NEW_HASH + ",h1:" + OLD_HASH);
    private final ApplicantCrypto after = crypto("k2:" + NEW_KEY, "h2:" + NEW_HASH);

    @Test
    void aSealedValueNamesItsKeyAndOpensForItsOwnColumnAndRow() {
        byte[] sealed = during.seal(SealedColumn.APPLICANT_NAME, "ref-1", "王小明");

        assertThat(ApplicantCrypto.keyIdOf(sealed)).isEqualTo("k2");
        assertThat(sealed[0]).isEqualTo(ApplicantCrypto.FORMAT_KEY_ID);
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("王小明");
        assertThat(during.open(SealedColumn.APPLICANT_NAME, "ref-1", sealed)).isEqualTo("王小明");
        assertThat(during.seal(SealedColumn.APPLICANT_NAME, "ref-1", null)).isNull();
        assertThat(during.open(SealedColumn.APPLICANT_NAME, "ref-1", null)).isNull();
    }

    @Test
    void aValueCopiedToAnotherRowOrColumnDoesNotOpen() {
        byte[] sealed = during.seal(SealedColumn.APPLICANT_PHONE, "ref-1", "0912345678");

        assertThatThrownBy(() -> during.open(SealedColumn.APPLICANT_PHONE, "ref-2", sealed))
                .hasMessageContaining("cannot be opened").hasMessageNotContaining("0912345678");
        assertThatThrownBy(() -> during.open(SealedColumn.APPLICANT_EMAIL, "ref-1", sealed)).hasMessageContaining("cannot be opened");
    }

    @Test
    void aValueAlteredInOneBitDoesNotOpen() {
        byte[] sealed = during.seal(SealedColumn.APPLICANT_NAME, "ref-1", "王小明");
        byte[] altered = Arrays.copyOf(sealed, sealed.length);
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> during.open(SealedColumn.APPLICANT_NAME, "ref-1", altered)).hasMessageContaining("cannot be opened");
    }

    @Test
    void aValueSealedUnderTheOldKeyOpensWhileTheOldKeyIsInTheRingAndNewValuesTakeTheNewKey() {
        byte[] old = before.seal(SealedColumn.APPLICANT_NATIONAL_ID, "ref-1", "A123456789");

        assertThat(during.open(SealedColumn.APPLICANT_NATIONAL_ID, "ref-1", old)).isEqualTo("A123456789");
        assertThat(during.isUnderCurrentKey(old)).isFalse();
        byte[] renewed = during.seal(SealedColumn.APPLICANT_NATIONAL_ID, "ref-1", "A123456789");
        assertThat(during.isUnderCurrentKey(renewed)).isTrue();
        assertThat(after.open(SealedColumn.APPLICANT_NATIONAL_ID, "ref-1", renewed)).isEqualTo("A123456789");
        assertThatThrownBy(() -> after.open(SealedColumn.APPLICANT_NATIONAL_ID, "ref-1", old))
                .hasMessageContaining("data key k1").hasMessageContaining("no longer holds");
    }

    @Test
    void aValueSealedBeforeKeyRingsOpensUnderWhicheverKeyOfTheRingSealedIt() throws Exception {
        byte[] legacy = legacySeal(OLD_KEY, "0912345678");

        assertThat(ApplicantCrypto.keyIdOf(legacy)).isNull();
        assertThat(during.isUnderCurrentKey(legacy)).isFalse();
        assertThat(during.open(SealedColumn.APPLICANT_PHONE, "any-row", legacy)).isEqualTo("0912345678");
        assertThatThrownBy(() -> after.open(SealedColumn.APPLICANT_PHONE, "any-row", legacy))
                .hasMessageContaining("before key rings");
    }

    @Test
    void lookUpsTryEveryHashKeyCurrentFirst() {
        String oldHash = before.idHash("A123456789");

        assertThat(during.idHash("A123456789")).isEqualTo(after.idHash("A123456789")).isNotEqualTo(oldHash).hasSize(64);
        assertThat(during.idHashCandidates("A123456789")).containsExactly(after.idHash("A123456789"), oldHash);
        assertThat(during.currentHashKeyId()).isEqualTo("h2");
        assertThat(during.hashKeyIds()).containsExactly("h2", "h1");
        assertThat(during.dataKeyIds()).containsExactly("k2", "k1");
    }

    @Test
    void malformedRingsStopTheServiceWithTheReason() {
        assertThatThrownBy(() -> crypto("", "h1:" + OLD_HASH)).hasMessageContaining("SMARTDESK_APPLICANT_DATA_KEYS")
                .hasMessageContaining("is not set");
        assertThatThrownBy(() -> crypto(OLD_KEY, "h1:" + OLD_HASH)).hasMessageContaining("id");
        assertThatThrownBy(() -> crypto("k1:not base64!", "h1:" + OLD_HASH)).hasMessageContaining("not base64");
        assertThatThrownBy(() -> crypto("k1:" + Base64.getEncoder().encodeToString(new byte[16]), "h1:" + OLD_HASH))
                .hasMessageContaining("16 bytes").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> crypto("k1:" + OLD_KEY + ",k1:" + NEW_KEY, "h1:" + OLD_HASH)).hasMessageContaining("twice");
        assertThatThrownBy(() -> crypto("k1:" + OLD_KEY, "h1:short")).hasMessageContaining("SMARTDESK_APPLICANT_ID_HASH_KEYS")
                .hasMessageContaining("32 characters").hasMessageNotContaining("short");
    }

    @Test
    void outsideDevAndTestTheCommittedKeysAreRefused() {
        String committedData = "dev-1:uxCqmXyvFgXR1W4NW7Jp3tEF4049tpLP8egqO1rKslw=";
        String committedHash = "dev-1:cb927ff6ca1ce3d94a276b51d931f9316007eef1b9fd3e48";

        assertThatThrownBy(() -> new ApplicantCrypto("k9:" + NEW_KEY + "," + committedData, "h2:" + NEW_HASH, true))
                .hasMessageContaining("key dev-1").hasMessageContaining("committed");
        assertThatThrownBy(() -> new ApplicantCrypto("k2:" + NEW_KEY, committedHash, true)).hasMessageContaining("committed");
        assertThat(new ApplicantCrypto("k2:" + NEW_KEY, "h2:" + NEW_HASH, true).currentDataKeyId()).isEqualTo("k2");
        assertThat(new ApplicantCrypto(committedData, committedHash, false).currentDataKeyId()).isEqualTo("dev-1");
    }

    private static ApplicantCrypto crypto(String dataKeys, String hashKeys) {
        return new ApplicantCrypto(dataKeys, hashKeys, false);
    }

    private static String key(int seed) {
        byte[] key = new byte[32];
        new java.util.Random(seed).nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** A value as the service sealed it before key rings: 0x01 | IV | ciphertext, the version byte as associated data. */
    private static byte[] legacySeal(String base64Key, String plaintext) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(new byte[] {1});
        byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(1 + 12 + sealed.length).put((byte) 1).put(iv).put(sealed).array();
    }
}
