package tw.smartdesk.platform.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Sends outbox rows to Kafka through the {@code outbox-relay} channel (acks=all, idempotent
 * producer): the topic and key come from the row, the CloudEvents attributes travel as binary-mode
 * headers and the value is the event JSON.
 */
@ApplicationScoped
class OutboxPublisher {

    static final String CHANNEL = "outbox-relay";
    static final String CONTENT_TYPE = "application/json";

    private final MutinyEmitter<String> emitter;

    OutboxPublisher(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
            MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /**
     * Sends the batch and waits for the broker's acknowledgements. Different keys go side by side;
     * the rows of one key go one after another, each only once the one before it was acknowledged,
     * and after a failed send the rest of that key waits for the next round. (Sent all at once, a
     * row whose send failed, say on a metadata timeout during an outage, would be overtaken by later
     * rows of its key that got through, breaking the order per key.) Completes with the ids of the
     * acknowledged rows; only those may be marked published.
     */
    Uni<List<Long>> publish(List<PendingEvent> batch) {
        Map<String, List<PendingEvent>> byKey = batch.stream().collect(Collectors.groupingBy(
                event -> event.topic() + '\u0000' + event.messageKey(), LinkedHashMap::new, Collectors.toList()));
        List<Uni<List<Long>>> keys = byKey.values().stream().map(this::publishInOrder).toList();
        return Uni.join().all(keys).andFailFast()
                .map(acknowledged -> acknowledged.stream().flatMap(List::stream).toList());
    }

    /** Sends one key's rows one at a time; stops at the first failure. */
    private Uni<List<Long>> publishInOrder(List<PendingEvent> rows) {
        List<Long> acknowledged = new ArrayList<>();
        Uni<Boolean> sends = Uni.createFrom().item(true);
        for (PendingEvent event : rows) {
            sends = sends.chain(previousAcknowledged -> !previousAcknowledged ? Uni.createFrom().item(false)
                    : emitter.sendMessage(toMessage(event))
                            .invoke(() -> acknowledged.add(event.id()))
                            .replaceWith(true)
                            .onFailure().recoverWithItem(false));
        }
        return sends.replaceWith(acknowledged);
    }

    private static Message<String> toMessage(PendingEvent event) {
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic())
                .withKey(event.messageKey())
                .build();
        if (event.isTombstone()) {
            return Message.<String>of(null).addMetadata(kafka);
        }
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.eventId().toString())
                .withSource(URI.create(event.ceSource()))
                .withType(event.ceType())
                .withSubject(event.messageKey())
                .withTimestamp(event.occurredAt().atZone(ZoneOffset.UTC))
                .withDataSchema(URI.create(event.ceDataSchema()))
                .withDataContentType(CONTENT_TYPE)
                .build();
        return Message.of(event.payload()).addMetadata(cloudEvent).addMetadata(kafka);
    }
}
