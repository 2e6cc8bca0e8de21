package tw.smartdesk.platform.inbox;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tw.smartdesk.events.Topic;

/**
 * Moves dead letters back to their topic once their cause is fixed: same key, value and CloudEvents
 * headers, without the {@code dead-letter-*} headers, through the acks=all {@code dead-letters}
 * channel. Each dead letter is claimed in {@code dead_letter_redrive} in the transaction that waits for
 * its send, so it is re-driven once at most; if it fails again it becomes a new dead letter. Blocking.
 */
@ApplicationScoped
class DeadLetterRedrive {

    /** What a re-drive did: dead letters moved, and selected ones skipped because they had been moved before. */
    record Outcome(int moved, int alreadyRedriven) {
    }

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final String CLAIM = """
            insert into dead_letter_redrive (dead_letter_topic, dead_letter_partition, dead_letter_offset, event_id)
            values ($1, $2, $3, $4) on conflict do nothing
            """;

    private final DeadLetterReader reader;
    private final DeadLetters deadLetters;
    private final Pool pool;

    DeadLetterRedrive(DeadLetterReader reader, DeadLetters deadLetters, Pool pool) {
        this.reader = reader;
        this.deadLetters = deadLetters;
        this.pool = pool;
    }

    /** Re-drives the dead letters of {@code topic} whose {@code ce_id} is in {@code eventIds}, or all when it is empty. */
    Outcome redrive(Topic topic, Set<UUID> eventIds) {
        List<ConsumerRecord<String, String>> selected = reader.readAll(topic.deadLetterTopicName(), READ_TIMEOUT).stream()
                .filter(deadLetter -> eventIds.isEmpty() || selected(eventIds, eventIdOf(deadLetter)))
                .toList();
        int moved = 0;
        for (ConsumerRecord<String, String> deadLetter : selected) {
            if (redriveOne(topic, deadLetter)) {
                moved++;
            }
        }
        Log.infof("Re-drove %d dead letter(s) of %s (%d selected)", moved, topic.topicName(), selected.size());
        return new Outcome(moved, selected.size() - moved);
    }

    private boolean redriveOne(Topic topic, ConsumerRecord<String, String> deadLetter) {
        Tuple position = Tuple.tuple().addString(deadLetter.topic()).addInteger(deadLetter.partition())
                .addLong(deadLetter.offset()).addUUID(eventIdOf(deadLetter));
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM).execute(position)
                        .chain(claimed -> claimed.rowCount() == 0 ? Uni.createFrom().item(false)
                                : deadLetters.send(topic.topicName(), deadLetter.key(), deadLetter.value(),
                                        withoutDeadLetterHeaders(deadLetter.headers())).replaceWith(true)))
                .await().atMost(SEND_TIMEOUT);
    }

    private static boolean selected(Set<UUID> eventIds, UUID eventId) {
        return eventId != null && eventIds.contains(eventId);
    }

    private static Headers withoutDeadLetterHeaders(Headers headers) {
        RecordHeaders kept = new RecordHeaders();
        for (Header header : headers) {
            if (!header.key().startsWith(DeadLetters.HEADER_PREFIX)) {
                kept.add(header);
            }
        }
        return kept;
    }

    private static UUID eventIdOf(ConsumerRecord<String, String> deadLetter) {
        String ceId = IncomingEvents.header(deadLetter, IncomingEvents.CE_ID_HEADER);
        try {
            return ceId == null ? null : UUID.fromString(ceId);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
