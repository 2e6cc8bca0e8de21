package tw.smartdesk.reservation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether a resident may book online and by phone: {@code suspendedUntil} is set while they may not, with the
 * missed slots that led to it.
 */
@Schema(name = "Suspension")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SuspensionView(boolean suspended, Instant suspendedUntil, List<Instant> noShows, String rule) {
}
