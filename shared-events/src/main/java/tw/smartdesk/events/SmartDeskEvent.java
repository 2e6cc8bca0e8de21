package tw.smartdesk.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/**
 * Every event and command SmartDesk publishes. The id becomes {@code ce_id}; the subject is the
 * aggregate id, used as the Kafka key (ordering per aggregate) and as {@code ce_subject}.
 */
public interface SmartDeskEvent {

    /** Unique id of this event; consumers record it to stay idempotent. */
    UUID eventId();

    /** When the change happened in the owning service. */
    Instant occurredAt();

    /** The aggregate id: Kafka key and CloudEvents subject. */
    @JsonIgnore
    String subject();
}
