package tw.smartdesk.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The secrets services demand in production (no default in their {@code application.properties}), made up
 * once for the local stack and kept with its keys, so that data encrypted in one run can be read in the next.
 * A variable already set in the launcher's environment wins.
 */
final class StackSecrets {

    static final String FILE = "service-secrets.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Each secret and how to make one. */
    static final Map<String, Supplier<String>> GENERATED = generators();

    private StackSecrets() {
    }

    private static Map<String, Supplier<String>> generators() {
        Map<String, Supplier<String>> generators = new LinkedHashMap<>();
        // application-service: AES-256-GCM key of the applicant's personal data (base64 of 32 bytes)
        generators.put("SMARTDESK_APPLICANT_DATA_KEY", () -> Base64.getEncoder().encodeToString(randomBytes(32)));
        // application-service: secret of the keyed hash of ID numbers (at least 32 characters)
        generators.put("SMARTDESK_APPLICANT_ID_HASH_KEY", () -> HexFormat.of().formatHex(randomBytes(32)));
        // application-service: secret of the keyed hash that makes the pseudonymous applicantRef
        return Collections.unmodifiableMap(generators);
    }

    /** The secrets to hand to the services: from {@code environment} where set, else from (or new in) {@code file}. */
    static Map<String, String> loadOrCreate(Path file, Map<String, String> environment) {
        Properties stored = read(file);
        boolean changed = false;
        for (Map.Entry<String, Supplier<String>> secret : GENERATED.entrySet()) {
            if (stored.getProperty(secret.getKey()) == null) {
                stored.setProperty(secret.getKey(), secret.getValue().get());
                changed = true;
            }
        }
        if (changed) {
            write(file, stored);
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String name : GENERATED.keySet()) {
            String fromEnvironment = environment.get(name);
            secrets.put(name, fromEnvironment == null || fromEnvironment.isBlank() ? stored.getProperty(name) : fromEnvironment);
        }
        return secrets;
    }

    static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new StackException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    static void write(Path file, Properties secrets) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
                ownerOnly(file);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                secrets.store(writer, "Made up by the SmartDesk launcher for this local stack only; keep with the data");
            }
        } catch (IOException e) {
            throw new StackException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's permissions apply
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
