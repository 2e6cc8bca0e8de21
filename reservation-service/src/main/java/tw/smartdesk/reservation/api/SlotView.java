package tw.smartdesk.reservation.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A slot of a site for one purpose and service: every counter's places at that time together. */
@Schema(name = "Slot")
public record SlotView(Instant start, Instant end, int capacity, int remaining) {
}
