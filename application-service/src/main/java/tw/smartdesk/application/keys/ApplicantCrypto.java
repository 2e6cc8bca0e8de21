package tw.smartdesk.application.keys;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tw.smartdesk.application.config.ApplicationConfig;

/**
 * Applicant personal data at rest, under two key rings ({@link KeyRing}): the data keys (AES-256-GCM) and
 * the keys of the ID number's keyed hash (HMAC-SHA256).
 *
 * <p>A sealed value names its key: {@code 0x02 | key id length (1 byte) | key id | IV (12) | ciphertext and
 * tag}. Its associated data binds it to its {@link SealedColumn} and row, and to the key id, so a value copied
 * to another row or column fails to open. Values sealed before key rings ({@code 0x01 | IV | ciphertext},
 * bound to nothing) still open under any key of the ring; re-encryption ({@link KeyRotation}) moves both
 * kinds onto the current key.
 *
 * <p>New ID-number hashes use the current hash key; look-ups try every key of the ring
 * ({@link #idHashCandidates}) until the re-hash has moved every applicant onto the current one.
 *
 * <p>Created at start-up, so a missing or malformed key, or outside dev and test one of the keys committed
 * to this repository ({@link CommittedKeys}), stops the service before it serves a request.
 */
@Startup
@ApplicationScoped
public class ApplicantCrypto {

    static final byte FORMAT_KEY_ID = 2;
    static final byte FORMAT_UNNAMED_KEY = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int DATA_KEY_BYTES = 32;
    private static final int MIN_HASH_KEY_CHARS = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyRing dataKeys;
    private final KeyRing hashKeys;

    @Inject
    ApplicantCrypto(ApplicationConfig config) {
        this(config.dataKeys(), config.idHashKeys(), !LaunchMode.current().isDevOrTest());
    }

    ApplicantCrypto(String dataKeyRing, String hashKeyRing, boolean refuseCommittedKeys) {
        this.dataKeys = KeyRing.parse("smartdesk.application.data-keys (SMARTDESK_APPLICANT_DATA_KEYS)", dataKeyRing,
                ApplicantCrypto::decodeDataKey);
        this.hashKeys = KeyRing.parse("smartdesk.application.id-hash-keys (SMARTDESK_APPLICANT_ID_HASH_KEYS)",
                hashKeyRing, ApplicantCrypto::decodeHashKey);
        if (refuseCommittedKeys) {
            CommittedKeys.refuse(dataKeys);
            CommittedKeys.refuse(hashKeys);
        }
    }

    /** The id of the data key that seals new values. */
    public String currentDataKeyId() {
        return dataKeys.currentId();
    }

    /** The id of the hash key of new ID-number hashes. */
    public String currentHashKeyId() {
        return hashKeys.currentId();
    }

    /** The ids of the data key ring, the current key first. */
    public List<String> dataKeyIds() {
        return List.copyOf(dataKeys.keys().keySet());
    }

    /** The ids of the hash key ring, the current key first. */
    public List<String> hashKeyIds() {
        return List.copyOf(hashKeys.keys().keySet());
    }

    /** {@code plaintext} sealed under the current data key for {@code column} of the row {@code rowId}; null for null. */
    public byte[] seal(SealedColumn column, Object rowId, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        String keyId = dataKeys.currentId();
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, dataKeys.current(), iv, 0);
            cipher.updateAAD(associatedData(column, rowId, keyId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(2 + id.length + IV_BYTES + sealed.length)
                    .put(FORMAT_KEY_ID).put((byte) id.length).put(id).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * The plaintext of a value sealed for {@code column} of row {@code rowId}, or null for null. Fails when the
     * value was altered, belongs to another row or column, or its key is no longer in the ring.
     */
    public String open(SealedColumn column, Object rowId, byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length > 0 && stored[0] == FORMAT_UNNAMED_KEY) {
            return openUnnamed(column, stored);
        }
        String keyId = keyIdOf(stored);
        byte[] key = dataKeys.key(keyId);
        if (key == null) {
            throw new IllegalStateException(column + " of " + rowId + " is sealed under data key " + keyId
                    + ", which " + dataKeys.setting() + " no longer holds; put it back until re-encryption has run");
        }
        int ivAt = 2 + stored[1];
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, stored, ivAt);
            cipher.updateAAD(associatedData(column, rowId, keyId));
            return new String(cipher.doFinal(stored, ivAt + IV_BYTES, stored.length - ivAt - IV_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(column + " of " + rowId + " cannot be opened: altered, or sealed for"
                    + " another row or column", e);
        }
    }

    /** The id of the data key a stored value is sealed under; null for a value sealed before key rings. */
    public static String keyIdOf(byte[] stored) {
        if (stored.length > 0 && stored[0] == FORMAT_UNNAMED_KEY) {
            return null;
        }
        if (stored.length < 2 + IV_BYTES || stored[0] != FORMAT_KEY_ID || stored[1] <= 0
                || stored.length < 2 + stored[1] + IV_BYTES) {
            throw new IllegalStateException("Not a sealed value (format " + FORMAT_KEY_ID + " or "
                    + FORMAT_UNNAMED_KEY + ")");
        }
        return new String(stored, 2, stored[1], StandardCharsets.US_ASCII);
    }

    /** Whether a stored value (null counts as yes) is sealed under the current data key. */
    public boolean isUnderCurrentKey(byte[] stored) {
        return stored == null || currentDataKeyId().equals(keyIdOf(stored));
    }

    /** Hex HMAC-SHA256 of a normalised ID number under the current hash key. */
    public String idHash(String normalisedId) {
        return hash(hashKeys.current(), normalisedId);
    }

    /** The ID number's hash under every key of the ring, the current one first: what a look-up compares. */
    public List<String> idHashCandidates(String normalisedId) {
        List<String> candidates = new ArrayList<>();
        for (byte[] key : hashKeys.keys().values()) {
            candidates.add(hash(key, normalisedId));
        }
        return List.copyOf(candidates);
    }

    private String openUnnamed(SealedColumn column, byte[] stored) {
        for (Map.Entry<String, byte[]> key : dataKeys.keys().entrySet()) {
            try {
                Cipher cipher = cipher(Cipher.DECRYPT_MODE, key.getValue(), stored, 1);
                cipher.updateAAD(new byte[] {FORMAT_UNNAMED_KEY});
                return new String(cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                // another key of the ring may have sealed it
            }
        }
        throw new IllegalStateException(column + " holds a value sealed before key rings that no key of "
                + dataKeys.setting() + " opens");
    }

    private static Cipher cipher(int mode, byte[] key, byte[] ivSource, int ivAt) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, ivSource, ivAt, IV_BYTES));
        return cipher;
    }

    private static byte[] associatedData(SealedColumn column, Object rowId, String keyId) {
        if (rowId == null) {
            throw new IllegalStateException(column + " is sealed for a row without an id");
        }
        return ("smartdesk/" + column.table() + "." + column.column() + "/" + rowId + "/" + keyId)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String hash(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] decodeDataKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64; make one with: openssl rand -base64 32");
        }
        if (key.length != DATA_KEY_BYTES) {
            throw new IllegalArgumentException("it decodes to " + key.length + " bytes, not " + DATA_KEY_BYTES
                    + "; make one with: openssl rand -base64 32");
        }
        return key;
    }

    private static byte[] decodeHashKey(String secret) {
        if (secret.length() < MIN_HASH_KEY_CHARS) {
            throw new IllegalArgumentException("a hash key is a secret of at least " + MIN_HASH_KEY_CHARS
                    + " characters; make one with: openssl rand -hex 32");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
