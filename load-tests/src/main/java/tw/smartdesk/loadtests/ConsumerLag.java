package tw.smartdesk.loadtests;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import tw.smartdesk.kafkasetup.KafkaAccess;
import tw.smartdesk.kafkasetup.KafkaCredentials;

/**
 * The lag of every consumer group of the stack's broker, read as {@code admin} (SASL/SCRAM, the password from the
 * stack's {@code keys/kafka-credentials.properties}): for each partition a group is assigned or has committed, the
 * end offset minus the committed one (the whole partition when nothing is committed yet).
 */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    ConsumerLag(String bootstrapServers, Path credentialsFile) {
        Map<String, Object> settings = new HashMap<>(KafkaCredentials.clientSettings(KafkaAccess.ADMIN, adminPassword(credentialsFile)));
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8000);
        this.admin = Admin.create(settings);
    }

    private static String adminPassword(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new BenchmarkException("Cannot read the Kafka credentials " + file + ": " + e.getMessage(), e);
        }
        String password = properties.getProperty(KafkaAccess.ADMIN);
        if (password == null) {
            throw new BenchmarkException(file + " has no password for " + KafkaAccess.ADMIN);
        }
        return password;
    }

    /** The total lag of each consumer group now. */
    Map<String, Long> lagByGroup() {
        try {
            Set<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId).collect(Collectors.toCollection(HashSet::new));
            Map<String, Long> lag = new TreeMap<>();
            if (groups.isEmpty()) {
                return lag;
            }
            Map<String, ConsumerGroupDescription> descriptions = admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS);
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
                for (MemberDescription member : descriptions.get(group).members()) {
                    partitions.addAll(member.assignment().topicPartitions());
                }
                lag.put(group, lag(partitions, committed));
            }
            return lag;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new BenchmarkException("Cannot read the consumer lag: " + e.getMessage(), e);
        }
    }

    private long lag(Set<TopicPartition> partitions, Map<TopicPartition, OffsetAndMetadata> committed) throws Exception {
        if (partitions.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
        long total = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            total += Math.max(0, ends.get(partition).offset() - (offset == null ? 0 : offset.offset()));
        }
        return total;
    }

    @Override
    public void close() {
        admin.close();
    }
}
