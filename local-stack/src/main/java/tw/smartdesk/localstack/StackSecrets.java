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
    static final String DATA_KEYS = "SMARTDESK_APPLICANT_DATA_KEYS";
    static final String ID_HASH_KEYS = "SMARTDESK_APPLICANT_ID_HASH_KEYS";
    /** The single keys a stack kept before key rings, and the ring each becomes (as its key local-0). */
    private static final Map<String, String> BEFORE_KEY_RINGS = Map.of("SMARTDESK_APPLICANT_DATA_KEY", DATA_KEYS,
            "SMARTDESK_APPLICANT_ID_HASH_KEY", ID_HASH_KEYS);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Each secret and how to make one. */
    static final Map<String, Supplier<String>> GENERATED = generators();

    private StackSecrets() {
    }

    private static Map<String, Supplier<String>> generators() {
        Map<String, Supplier<String>> generators = new LinkedHashMap<>();
        // application-service: ring of AES-256-GCM keys of the applicant's personal data, <keyId>:<base64 of 32 bytes>
        generators.put(DATA_KEYS, () -> "local-1:" + Base64.getEncoder().encodeToString(randomBytes(32)));
        // application-service: ring of secrets of the keyed hash of ID numbers, <keyId>:<at least 32 characters>
        generators.put(ID_HASH_KEYS, () -> "local-1:" + HexFormat.of().formatHex(randomBytes(32)));
        return Collections.unmodifiableMap(generators);
    }

    /** The secrets to hand to the services: from {@code environment} where set, else from (or new in) {@code file}. */
    static Map<String, String> loadOrCreate(Path file, Map<String, String> environment) {
        Properties stored = read(file);
        boolean changed = carryOverSingleKeys(stored);
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

    /** A stack made before key rings keeps its keys, as key {@code local-0} of each ring, so its data still opens. */
    private static boolean carryOverSingleKeys(Properties stored) {
        boolean changed = false;
        for (Map.Entry<String, String> single : BEFORE_KEY_RINGS.entrySet()) {
            String key = (String) stored.remove(single.getKey());
            if (key != null) {
                stored.putIfAbsent(single.getValue(), "local-0:" + key);
                changed = true;
            }
        }
        return changed;
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
