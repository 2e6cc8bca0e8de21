package tw.smartdesk.reservation.domain;

import java.time.Instant;
import java.util.UUID;

/** One slot of one counter: derived from the site's hours and the counter's slot length, never stored. */
public record Slot(UUID counterId, Instant start, Instant end, int capacity) {
}
