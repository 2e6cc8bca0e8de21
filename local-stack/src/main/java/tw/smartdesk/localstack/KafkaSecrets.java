package tw.smartdesk.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import tw.smartdesk.kafkasetup.KafkaAccess;
import tw.smartdesk.kafkasetup.KafkaCredentials;

/**
 * The SCRAM passwords of the local broker's principals ({@link KafkaAccess}: admin, one per service,
 * external-reader), made up on the first start and kept with the JWT keys (owner-only file, never committed).
 * A principal added to the model later gets its password on the next start.
 */
final class KafkaSecrets {

    static final String FILE = "kafka-credentials.properties";

    private KafkaSecrets() {
    }

    /** Every principal of the model; the file's passwords where it has them, new ones (written back) otherwise. */
    static KafkaCredentials loadOrCreate(Path file) {
        Properties stored = StackSecrets.read(file);
        boolean changed = false;
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String principal : KafkaAccess.principals()) {
            String password = stored.getProperty(principal);
            if (password == null) {
                password = KafkaCredentials.newPassword();
                stored.setProperty(principal, password);
                changed = true;
            }
            passwords.put(principal, password);
        }
        if (changed) {
            StackSecrets.write(file, stored);
        }
        return new KafkaCredentials(passwords);
    }

    /** The variables a service reads to log in to the broker as its own principal. */
    static Map<String, String> serviceEnvironment(KafkaCredentials credentials, StackService service) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SMARTDESK_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        environment.put("SMARTDESK_KAFKA_USER", service.module());
        environment.put("SMARTDESK_KAFKA_PASSWORD", credentials.password(service.module()));
        return environment;
    }
}
