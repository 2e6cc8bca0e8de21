package tw.smartdesk.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tw.smartdesk.testsupport.KafkaBroker;
import tw.smartdesk.testsupport.TestDatabases;
import tw.smartdesk.testsupport.TopicReader;

/**
 * {@link SystemScenarios} on the five packaged services started as processes, each with a fresh database of the
 * machine's PostgreSQL, on the test JVM's broker (Kafka's jars, test-support's {@link KafkaBroker}), each logged in
 * as its own principal. Needs no container engine.
 */
class SystemAsProcessesIT extends SystemScenarios {

    private static final Map<String, PackagedService> services = new LinkedHashMap<>();
    private static final List<String> databases = new ArrayList<>();

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path work = Files.createTempDirectory("smartdesk-system-");
        Path publicKey = testPublicKey(work);
        // the packaged jars run in production: they start only with the verification key named by the environment
        Map<String, String> environment = Map.of("SMARTDESK_JWT_PUBLIC_KEY", publicKey.toUri().toString());
        Map<String, String> settings = Map.of(
                "kafka.bootstrap.servers", KafkaBroker.bootstrapServers(),
                // application-service refuses to start in production without its own keys
                "smartdesk.application.data-keys", freshDataKeys(),
                "smartdesk.application.id-hash-keys", freshIdHashKeys());
        for (String module : MODULES) {
            String database = TestDatabases.create("system_" + module.replace("-service", "").replace('-', '_'));
            databases.add(database);
            Map<String, String> moduleSettings = new LinkedHashMap<>(settings);
            // each service logs in to the broker as its own principal: its ACLs apply, as in production
            KafkaBroker.clientSettings(module).forEach((key, value) -> moduleSettings.put("kafka." + key, String.valueOf(value)));
            if (module.equals("reservation-service")) {
                // who a booking is for comes from application-service (ADR 0011), started before it
                moduleSettings.put("quarkus.rest-client.persons.url", services.get("application-service").baseUrl());
            }
            services.put(module, PackagedService.start(module, database, moduleSettings, environment, work));
        }
        for (PackagedService service : services.values()) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    @AfterAll
    static void stopTheSystem() {
        services.values().forEach(PackagedService::close);
        databases.forEach(TestDatabases::drop);
    }

    @Override
    String baseUrl(String module) {
        return services.get(module).baseUrl();
    }

    @Override
    String managementUrl(String module) {
        return services.get(module).managementUrl();
    }

    @Override
    TopicReader applicationEventsReader() {
        return new TopicReader("application-events");
    }
}
