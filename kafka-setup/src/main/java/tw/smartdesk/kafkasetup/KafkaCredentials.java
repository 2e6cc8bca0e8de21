package tw.smartdesk.kafkasetup;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SCRAM passwords of the broker's principals ({@value KafkaAccess#ADMIN} and every {@link KafkaGrant}), and
 * the client settings that log in as one of them. Never written to a committed file: the test broker makes new
 * ones per JVM, the local stack on its first start (kept under {@code .local-stack/}).
 */
public final class KafkaCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> passwords;

    public KafkaCredentials(Map<String, String> passwords) {
        if (!passwords.containsKey(KafkaAccess.ADMIN)) {
            throw new IllegalArgumentException("The Kafka credentials lack the " + KafkaAccess.ADMIN + " principal");
        }
        this.passwords = Map.copyOf(passwords);
    }

    /** A new random password (hex of 24 random bytes) for each of {@code principals}. */
    public static KafkaCredentials generate(Iterable<String> principals) {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String principal : principals) {
            passwords.put(principal, newPassword());
        }
        return new KafkaCredentials(passwords);
    }

    public static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public Map<String, String> passwords() {
        return passwords;
    }

    public String password(String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalArgumentException("No Kafka password for " + principal);
        }
        return password;
    }

    /** Client settings (producer, consumer, admin) that log in as {@code principal} over SASL/SCRAM. */
    public Map<String, Object> clientSettings(String principal) {
        return clientSettings(principal, password(principal));
    }

    /** Client settings that log in as {@code user} with {@code password} (SASL_PLAINTEXT, SCRAM-SHA-512). */
    public static Map<String, Object> clientSettings(String user, String password) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("security.protocol", "SASL_PLAINTEXT");
        settings.put("sasl.mechanism", KafkaAccess.MECHANISM);
        settings.put("sasl.jaas.config", jaasConfig("org.apache.kafka.common.security.scram.ScramLoginModule", user, password));
        return settings;
    }

    /** A JAAS line for {@code loginModule}; quotes and backslashes in the values are escaped. */
    static String jaasConfig(String loginModule, String user, String password) {
        return loginModule + " required username=\"" + quote(user) + "\" password=\"" + quote(password) + "\";";
    }

    static String quote(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
