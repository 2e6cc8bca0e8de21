package tw.smartdesk.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import tw.smartdesk.events.MalformedEventException;
import tw.smartdesk.events.Topic;

/**
 * Sends poison records to {@code <topic>.dlq} through the {@code dead-letters} channel (acks=all,
 * idempotent producer: the platform default for every Kafka producer) and waits for the broker's
 * acknowledgement, so the original is acknowledged only once its dead letter is safe. A dead letter
 * keeps the key, value and headers of the original and adds {@code dead-letter-*} headers.
 */
@ApplicationScoped
class DeadLetters {

    static final String CHANNEL = "dead-letters";
    static final String HEADER_PREFIX = "dead-letter-";
    static final String CONSUMER_HEADER = HEADER_PREFIX + "consumer";

    private final MutinyEmitter<String> emitter;
    private final MeterRegistry registry;

    DeadLetters(@Channel(CHANNEL) MutinyEmitter<String> emitter, MeterRegistry registry) {
        this.emitter = emitter;
        this.registry = registry;
    }

    /** The poison exception in {@code failure}'s causes (a malformed or rejected event), or null when it is transient. */
    static RuntimeException poisonIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MalformedEventException || cause instanceof RejectedEventException) {
                return (RuntimeException) cause;
            }
            if (cause instanceof CompositeException composite) {
                for (Throwable inner : composite.getCauses()) {
                    RuntimeException poison = inner == composite ? null : poisonIn(inner);
                    if (poison != null) {
                        return poison;
                    }
                }
            }
        }
        return null;
    }

    /** Sends {@code record} to its dead-letter topic with {@code reason}; completes on the broker's ack. */
    Uni<Void> send(String consumer, ConsumerRecord<String, String> record, RuntimeException reason) {
        String topic = record.topic() + Topic.DEAD_LETTER_SUFFIX;
        Headers headers = new RecordHeaders(record.headers().toArray());
        add(headers, "reason", reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage());
        add(headers, "exception-class-name", reason.getClass().getName());
        if (reason.getCause() != null) {
            add(headers, "cause", String.valueOf(reason.getCause().getMessage()));
            add(headers, "cause-class-name", reason.getCause().getClass().getName());
        }
        add(headers, "topic", record.topic());
        add(headers, "partition", String.valueOf(record.partition()));
        add(headers, "offset", String.valueOf(record.offset()));
        add(headers, "consumer", consumer);
        return send(topic, record.key(), record.value(), headers).invoke(() -> {
            Log.warnf("%s sent %s-%d@%d to %s: %s", consumer, record.topic(), record.partition(), record.offset(), topic,
                    reason.getMessage());
            Counter.builder("smartdesk.consumer.dead.letters").description("Records sent to a dead-letter topic")
                    .tag("consumer", consumer).tag("topic", record.topic()).register(registry).increment();
        });
    }

    /** Sends a record as it is; completes on the broker's ack. */
    Uni<Void> send(String topic, String key, String value, Headers headers) {
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(key).withHeaders(headers).build();
        return emitter.sendMessage(Message.of(value).addMetadata(kafka));
    }

    private static void add(Headers headers, String name, String value) {
        headers.remove(HEADER_PREFIX + name);
        headers.add(HEADER_PREFIX + name, value.getBytes(StandardCharsets.UTF_8));
    }
}
