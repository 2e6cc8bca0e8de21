package tw.smartdesk.platform.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
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
     * Sends the batch in order and waits for every broker acknowledgement. Completes with how many
     * rows from the start of the batch were acknowledged without a gap; only those may be marked.
     */
    Uni<Integer> publish(List<PendingEvent> batch) {
        List<Uni<Boolean>> sends = batch.stream()
                .map(event -> emitter.sendMessage(toMessage(event)).replaceWith(true).onFailure().recoverWithItem(false))
                .toList();
        return Uni.join().all(sends).andFailFast().map(OutboxPublisher::acknowledgedPrefix);
    }

    private static int acknowledgedPrefix(List<Boolean> acks) {
        int prefix = 0;
        while (prefix < acks.size() && acks.get(prefix)) {
            prefix++;
        }
        return prefix;
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
