package tw.smartdesk.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * RSA key pairs in PEM files: {@code privateKey.pem} (PKCS#8) and {@code publicKey.pem} (X.509), the
 * form SmallRye JWT reads through {@code mp.jwt.verify.publickey.location}.
 */
public final class SigningKeys {

    public static final String PRIVATE_KEY_FILE = "privateKey.pem";
    public static final String PUBLIC_KEY_FILE = "publicKey.pem";

    private SigningKeys() {
    }

    /** Loads the pair in {@code folder}, generating and writing a new 2048-bit pair if it is missing. */
    public static PrivateKey loadOrCreate(Path folder) {
        Path privateKey = folder.resolve(PRIVATE_KEY_FILE);
        if (!Files.exists(privateKey)) {
            write(generate(), folder);
        }
        return readPrivateKey(privateKey);
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    public static void write(KeyPair pair, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(PUBLIC_KEY_FILE), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(folder.resolve(PRIVATE_KEY_FILE), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write keys to " + folder, e);
        }
    }

    public static PrivateKey readPrivateKey(Path pemFile) {
        try {
            return parsePrivateKey(Files.readString(pemFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pemFile, e);
        }
    }

    public static PrivateKey parsePrivateKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA PKCS#8 private key", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
