package tw.smartdesk.platform.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import tw.smartdesk.events.Topic;

/**
 * Sends outbox rows to Kafka through the {@code outbox-relay} channel (acks=all, idempotent
 * producer): the topic and key come from the row, the CloudEvents attributes travel as binary-mode
 * headers and the value is the event JSON.
 */
@ApplicationScoped
class OutboxPublisher {

    static final String CHANNEL = "outbox-relay";
    static final String CONTENT_TYPE = "application/json";
    static final String SUBJECT_HEADER = "ce_subject";

    private final MutinyEmitter<String> emitter;

    OutboxPublisher(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
            MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Sends one row; completes on the broker's acknowledgement, fails on its refusal or a timeout. */
    Uni<Void> send(PendingEvent event) {
        return emitter.sendMessage(toMessage(event));
    }

    /** Key and no value; a subject header and a marker say what it is (no CloudEvents type: it is not an event). */
    private static OutgoingKafkaRecordMetadata<String> tombstone(PendingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(SUBJECT_HEADER, event.messageKey().getBytes(StandardCharsets.UTF_8));
        headers.add(Topic.TOMBSTONE_HEADER, "true".getBytes(StandardCharsets.UTF_8));
        return OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic())
                .withKey(event.messageKey())
                .withHeaders(headers)
                .build();
    }

    private static Message<String> toMessage(PendingEvent event) {
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic())
                .withKey(event.messageKey())
                .build();
        if (event.isTombstone()) {
            return Message.<String>of(null).addMetadata(tombstone(event));
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
