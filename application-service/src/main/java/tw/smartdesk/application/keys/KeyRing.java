package tw.smartdesk.application.keys;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A named set of secret keys read from one setting, {@code <keyId>:<secret>[,<keyId>:<secret>...]}: the first
 * key is current (it seals or hashes everything new), the others are older keys kept for reading until
 * re-encryption has moved every value off them. Key ids are short names ({@code 2026-12}, {@code k2}) that
 * are stored beside each value, so a key is retired by removing it from the ring, never by guessing.
 *
 * @param setting the property and environment variable, for error messages
 * @param keys the keys by id, current first
 */
public record KeyRing(String setting, Map<String, byte[]> keys) {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    /**
     * The ring a setting holds; {@code decode} turns one secret's text into key bytes and throws
     * {@link IllegalArgumentException} with the reason when it is not a valid key.
     */
    public static KeyRing parse(String setting, String value, Function<String, byte[]> decode) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(setting + " is not set: give <keyId>:<secret>[,<keyId>:<secret>...],"
                    + " the current key first");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : value.split(",")) {
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).strip();
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException(setting + ": every key needs an id of 1-32 letters, digits, '.', '_' or"
                        + " '-' before a ':' (<keyId>:<secret>)");
            }
            if (keys.containsKey(id)) {
                throw new IllegalStateException(setting + ": key id " + id + " appears twice");
            }
            try {
                keys.put(id, decode.apply(entry.substring(colon + 1).strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(setting + ": key " + id + " is not valid: " + e.getMessage(), e);
            }
        }
        return new KeyRing(setting, Collections.unmodifiableMap(keys));
    }

    /** The id of the key that seals or hashes new values. */
    public String currentId() {
        return keys.keySet().iterator().next();
    }

    public byte[] current() {
        return keys.get(currentId());
    }

    /** The key with this id, or null when the ring no longer (or never) held it. */
    public byte[] key(String id) {
        return keys.get(id);
    }
}
