package tw.smartdesk.reservation.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.reservation.ReservationPurpose;
import tw.smartdesk.reservation.domain.WaitlistEntry;

/** A place in a full slot's waitlist: WAITING, OFFERED (see the offer among the reservations), ACCEPTED, LAPSED, LEFT or SKIPPED. */
@Schema(name = "WaitlistEntry")
public record WaitlistEntryView(UUID id, String siteId, ReservationPurpose purpose, Instant slotStart,
        List<String> serviceCodes, String status, Instant joinedAt) {

    public static WaitlistEntryView of(WaitlistEntry entry) {
        return new WaitlistEntryView(entry.id(), entry.siteId(), entry.purpose(), entry.slotStart(), entry.serviceCodes(),
                entry.status(), entry.joinedAt());
    }
}
