package tw.smartdesk.reservation.api;

import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.reservation.ReservationPurpose;
import tw.smartdesk.reservation.domain.Counter;

/** A counter in service and the reserved visits it takes. */
@Schema(name = "Counter")
public record CounterView(
        UUID id,
        @Schema(example = "3") String code,
        LocalizedText name,
        @Schema(example = "[\"APPLY\", \"PICKUP\"]") Set<ReservationPurpose> purposes) {

    public static CounterView of(Counter counter) {
        return new CounterView(counter.id, counter.code, new LocalizedText(counter.nameZh, counter.nameEn),
                counter.purposes());
    }
}
