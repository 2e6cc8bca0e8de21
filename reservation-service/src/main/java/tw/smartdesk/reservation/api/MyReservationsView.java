package tw.smartdesk.reservation.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resident's reservations (newest slot first), their waitlist places and whether they may book remotely. */
@Schema(name = "MyReservations")
public record MyReservationsView(List<ReservationView> reservations, List<WaitlistEntryView> waitlist,
        SuspensionView suspension) {
}
