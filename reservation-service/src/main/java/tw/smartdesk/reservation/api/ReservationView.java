package tw.smartdesk.reservation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.reservation.BookingChannel;
import tw.smartdesk.events.reservation.ReservationPurpose;
import tw.smartdesk.reservation.domain.Reservation;
import tw.smartdesk.reservation.domain.ReservationStatus;

/**
 * A reservation as its owner and staff see it. {@code callerPhone} is shown to staff only; {@code holdUntil} only
 * on a waitlist offer (accept it before then with {@code POST /reservations/{id}/accept}).
 */
@Schema(name = "Reservation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservationView(UUID id, String siteId, UUID counterId, String counterCode, String applicantRef, ReservationPurpose purpose,
        List<String> serviceCodes, List<UUID> applicationIds, boolean agentService, BookingChannel channel,
        Instant slotStart, Instant slotEnd, ReservationStatus status, Instant holdUntil, Instant checkedInAt,
        String callerPhone, Instant bookedAt) {

    public static ReservationView of(Reservation reservation, boolean forStaff) {
        return new ReservationView(reservation.id(), reservation.siteId(), reservation.counterId(), reservation.counterCode(),
                reservation.applicantRef(), reservation.purpose(), reservation.serviceCodes(),
                reservation.applicationIds(), reservation.agentService(), reservation.channel(), reservation.slotStart(),
                reservation.slotEnd(), reservation.status(), reservation.holdUntil(), reservation.checkedInAt(),
                forStaff ? reservation.callerPhone() : null, reservation.createdAt());
    }
}
