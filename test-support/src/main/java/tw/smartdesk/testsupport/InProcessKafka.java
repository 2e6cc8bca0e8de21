package tw.smartdesk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import tw.smartdesk.kafkasetup.AccessSetup;
import tw.smartdesk.kafkasetup.BrokerSettings;
import tw.smartdesk.kafkasetup.ContractTopics;
import tw.smartdesk.kafkasetup.KafkaAccess;
import tw.smartdesk.kafkasetup.KafkaCredentials;
import tw.smartdesk.kafkasetup.KafkaGrant;

/**
 * The real broker behind {@link KafkaBroker}: {@code KafkaRaftServer} with kafka-setup's settings in a temporary
 * folder, formatted with the admin's SCRAM credential, then set up as admin (credentials, ACLs, topics).
 */
final class InProcessKafka implements InProcessKafkaMBean {

    private final BrokerSettings settings;
    private final Properties properties;
    private final Path logDir;
    private final String bootstrapServers;
    private final KafkaCredentials credentials;
    private KafkaRaftServer server;

    InProcessKafka(Path logDir, int brokerPort, int controllerPort, KafkaCredentials credentials) {
        this.logDir = logDir;
        this.bootstrapServers = "127.0.0.1:" + brokerPort;
        this.credentials = credentials;
        this.settings = new BrokerSettings(brokerPort, controllerPort, logDir.resolve("data"), credentials.password(KafkaAccess.ADMIN));
        this.properties = settings.asProperties();
    }

    @Override
    public String getBootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public Map<String, String> getPasswords() {
        return credentials.passwords();
    }

    /** Formats the storage, starts the broker and puts {@code grants} and the contract's topics in place. */
    void startFresh(List<KafkaGrant> grants) {
        format();
        start();
        Map<String, Object> admin = new HashMap<>(credentials.clientSettings(KafkaAccess.ADMIN));
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin client = Admin.create(admin)) {
            AccessSetup.apply(client, credentials, grants);
            ContractTopics.createMissing(client);
        }
    }

    /** Starts (or restarts, with the same ports and data) the broker; returns once it serves. */
    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
    }

    /** Stops the broker, keeping its data, as in an outage. */
    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops the broker and deletes its folder. */
    void destroy() {
        stop();
        try (Stream<Path> files = Files.walk(logDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the folder is under the system temp directory
        }
    }

    private void format() {
        Path config = logDir.resolve("server.properties");
        try (Writer writer = Files.newBufferedWriter(config)) {
            properties.store(writer, "SmartDesk test broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] arguments = settings.formatArguments(Uuid.randomUuid().toString(), config).toArray(String[]::new);
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            kafka.tools.StorageTool.execute(arguments, print);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage: " + output.toString(StandardCharsets.UTF_8), e);
        }
    }
}
