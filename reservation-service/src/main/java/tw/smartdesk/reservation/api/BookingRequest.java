package tw.smartdesk.reservation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.reservation.BookingChannel;
import tw.smartdesk.events.reservation.ReservationPurpose;

/**
 * A booking, or a place on a full slot's waitlist. A citizen books for themself (channel ONLINE or MOBILE, no
 * {@code caller}); a phone operator for a caller (channel PHONE, {@code caller} with a phone number); a clerk for
 * a resident at the counter (channel COUNTER, {@code caller}).
 *
 * @param slotStart the start of a slot as {@code GET /sites/{id}/slots} lists it
 * @param applicationIds for a PICKUP: the applications to collect
 * @param agentService staff prepare the listed services before the slot
 */
@Schema(name = "BookingRequest")
public record BookingRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,63}", message = "must be a site id such as TTCSC-MAIN")
        @Schema(example = "TTCSC-MAIN") String siteId,
        @NotNull @Schema(example = "2026-12-03T01:00:00Z") Instant slotStart,
        @NotNull ReservationPurpose purpose,
        @NotNull @Size(min = 1, max = 10) List<@NotNull @Pattern(regexp = SERVICE_CODE,
                message = "must be a service code such as HR-001") String> serviceCodes,
        @Size(max = 10) List<@NotNull UUID> applicationIds,
        boolean agentService,
        @Schema(description = "ONLINE or MOBILE for a citizen (ONLINE when absent); staff's channel follows their role")
        BookingChannel channel,
        @Valid CallerDetails caller) {

    public static final String SERVICE_CODE = "[A-Z][A-Z0-9]{1,7}-[0-9]{3}";

    /** The service codes once each, in the order given. */
    public List<String> distinctServices() {
        return serviceCodes.stream().distinct().toList();
    }

    public List<UUID> distinctApplications() {
        return applicationIds == null ? List.of() : applicationIds.stream().distinct().toList();
    }
}
