package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.platform.ProbeDatabase.Receipt;
import tw.smartdesk.platform.probe.ProbeConsumer;
import tw.smartdesk.platform.probe.ProbeEvents;
import tw.smartdesk.testsupport.TcpProxy;

/**
 * PostgreSQL unreachable for 15 s while events arrive changes nothing in the end: the consumer holds
 * its records (readiness DOWN, the stuck gauge growing), then applies every event once, in order per
 * key, and dead-letters none of them.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
class DatabaseOutageTest {

    private static final int KEYS = 4;
    private static final int EVENTS_PER_KEY = 6;
    private static final double OUTAGE_SECONDS = 15;

    /** The probe application with its datasource behind a proxy the test can cut off. */
    public static class ThroughProxy implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxyResource.class));
        }
    }

    @Test
    void everyEventArrivingDuringAnOutageIsAppliedOnceInOrderAfterwards() {
        TcpProxy proxy = DatabaseProxyResource.proxy();
        Map<UUID, List<ApplicationSubmitted>> sent = new LinkedHashMap<>();
        IntStream.range(0, KEYS).forEach(i -> sent.put(UUID.randomUUID(), new ArrayList<>()));
        sendEvents(sent, 1, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> sent.keySet().stream()
                .allMatch(key -> ProbeDatabase.receipts(key).size() == 1));
        assertThat(proxy.acceptedConnections()).as("the probe reaches PostgreSQL through the proxy").isPositive();

        proxy.cutOff();
        try {
            sendEvents(sent, 2, 4);
            await().atMost(Duration.ofSeconds(20)).until(() -> "DOWN".equals(ConsumerHealth.status()));
            assertThat(ConsumerHealth.stuck()).allSatisfy((partition, detail) ->
                    assertThat(partition).startsWith(ProbeConsumer.CONSUMER + " application-events-"));
            sendEvents(sent, 5, EVENTS_PER_KEY);
            await().atMost(Duration.ofSeconds(40))
                    .until(() -> ConsumerHealth.stuckSeconds(ProbeConsumer.CONSUMER) >= OUTAGE_SECONDS);
            assertThat(sent.keySet()).allSatisfy(key -> assertThat(ProbeDatabase.receipts(key)).hasSize(1));
        } finally {
            proxy.restore();
        }

        for (Map.Entry<UUID, List<ApplicationSubmitted>> key : sent.entrySet()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> ProbeDatabase.receipts(key.getKey()).size() >= EVENTS_PER_KEY);
            assertThat(ProbeDatabase.receipts(key.getKey())).as("key %s", key.getKey())
                    .containsExactlyElementsOf(expectedReceipts(key.getValue()));
        }
        List<UUID> eventIds = sent.values().stream().flatMap(List::stream).map(ApplicationSubmitted::eventId).toList();
        assertThat(eventIds).allSatisfy(eventId -> assertThat(ProbeDatabase.count(
                "select count(*) from processed_event where event_id = ? and consumer = ?", eventId, ProbeConsumer.CONSUMER))
                .isEqualTo(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> "UP".equals(ConsumerHealth.status()));
        assertThat(ConsumerHealth.stuckSeconds(ProbeConsumer.CONSUMER)).isZero();
        List<String> keys = sent.keySet().stream().map(UUID::toString).toList();
        assertThat(DeadLetterTopics.readAll(ProbeClient.TOPIC + ".dlq")).noneMatch(record -> keys.contains(record.key()));
    }

    /** Produces events {@code from}..{@code to} of every key, as the application-service relay would. */
    private static void sendEvents(Map<UUID, List<ApplicationSubmitted>> sent, int from, int to) {
        for (int seq = from; seq <= to; seq++) {
            for (Map.Entry<UUID, List<ApplicationSubmitted>> key : sent.entrySet()) {
                ApplicationSubmitted event = ProbeEvents.submitted(key.getKey(), seq);
                key.getValue().add(event);
                CloudEventRecords.send(CloudEventRecords.of(event));
            }
        }
    }

    private static List<Receipt> expectedReceipts(List<ApplicationSubmitted> events) {
        return IntStream.range(0, events.size()).mapToObj(i -> new Receipt(i + 1, events.get(i).eventId(), i + 1)).toList();
    }
}
