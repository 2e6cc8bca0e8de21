package tw.smartdesk.application.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tw.smartdesk.application.config.ApplicationConfig;

/**
 * Applicant personal data at rest. Values are sealed with AES-256-GCM under a fresh random 12-byte
 * IV, stored as {@code version (1 byte) | IV (12) | ciphertext and tag}; the version byte leaves room
 * for key rotation. ID numbers are found through an HMAC-SHA256 keyed hash instead of being searched.
 * Created at start-up, so a missing or malformed key stops the service before it serves a request.
 */
@Startup
@ApplicationScoped
public class ApplicantCrypto {

    private static final byte FORMAT_VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final int MIN_HASH_KEY_CHARS = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey dataKey;
    private final SecretKeySpec idHashKey;

    @Inject
    ApplicantCrypto(ApplicationConfig config) {
        this(config.dataKey(), config.idHashKey());
    }

    ApplicantCrypto(String base64DataKey, String idHashSecret) {
        this.dataKey = new SecretKeySpec(decodeDataKey(base64DataKey), "AES");
        if (idHashSecret == null || idHashSecret.strip().length() < MIN_HASH_KEY_CHARS) {
            throw new IllegalStateException("smartdesk.application.id-hash-key (SMARTDESK_APPLICANT_ID_HASH_KEY) must be"
                    + " a secret of at least " + MIN_HASH_KEY_CHARS + " characters");
        }
        this.idHashKey = new SecretKeySpec(idHashSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The sealed value, or null for null. */
    public byte[] encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(new byte[] {FORMAT_VERSION});
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(FORMAT_VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** The plaintext of a sealed value, or null for null; fails if the value was altered or sealed under another key. */
    public String decrypt(byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + IV_BYTES || stored[0] != FORMAT_VERSION) {
            throw new IllegalStateException("Not a sealed value of format version " + FORMAT_VERSION);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(new byte[] {FORMAT_VERSION});
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed applicant value cannot be opened (altered, or another key)", e);
        }
    }

    /** Hex HMAC-SHA256 of a normalised ID number: equal numbers give equal hashes, nothing else is revealed. */
    public String idHash(String normalisedId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(idHashKey);
            return HexFormat.of().formatHex(mac.doFinal(normalisedId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] decodeDataKey(String base64) {
        String advice = "smartdesk.application.data-key (SMARTDESK_APPLICANT_DATA_KEY) must be the base64 of a random"
                + " 32-byte key, e.g. the output of: openssl rand -base64 32";
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(advice);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(advice + " (the value is not base64)", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(advice + " (it decodes to " + key.length + " bytes)");
        }
        return key;
    }
}
