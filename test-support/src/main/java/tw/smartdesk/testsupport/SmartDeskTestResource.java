package tw.smartdesk.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} its real parts: the shared Kafka broker and a fresh PostgreSQL
 * database (dropped when the tests end). Init arg {@code database} names the database prefix, init arg
 * {@code kafka-principal} the Kafka principal the application logs in as (the service under test: its ACLs
 * apply, as in production).
 */
public class SmartDeskTestResource implements QuarkusTestResourceLifecycleManager {

    /** The database of the running test application, for tests that inspect it. */
    private static volatile String currentDatabase;

    private String prefix = "smartdesk_test";
    private String principal;
    private String database;

    public static String currentDatabase() {
        return currentDatabase;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("database", prefix);
        principal = initArgs.get("kafka-principal");
        if (principal == null) {
            throw new IllegalArgumentException("Name the Kafka principal of the application under test: "
                    + "@ResourceArg(name = \"kafka-principal\", value = \"<service>\")");
        }
    }

    @Override
    public Map<String, String> start() {
        String bootstrapServers = KafkaBroker.bootstrapServers();
        database = TestDatabases.create(prefix);
        currentDatabase = database;
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", bootstrapServers);
        KafkaBroker.clientSettings(principal).forEach((key, value) -> config.put("kafka." + key, String.valueOf(value)));
        config.put("quarkus.datasource.reactive.url", TestDatabases.reactiveUrl(database));
        config.put("quarkus.datasource.jdbc.url", TestDatabases.jdbcUrl(database));
        config.put("quarkus.datasource.username", TestDatabases.user());
        config.put("quarkus.datasource.password", TestDatabases.password());
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            TestDatabases.drop(database);
        }
    }
}
