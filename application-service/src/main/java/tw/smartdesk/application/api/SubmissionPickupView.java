package tw.smartdesk.application.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.application.PickupMethod;

/**
 * The documents of one submission, made ready together: one pickup method, one site, one pickup window.
 *
 * @param pickupDeadline the shortest pickup window of the submission's services, from {@code pickupFrom}
 * @param applications every application made ready, now READY_FOR_PICKUP
 */
@Schema(name = "SubmissionPickup")
public record SubmissionPickupView(UUID submissionId, @Schema(example = "SMART_DESK") PickupMethod pickupMethod,
        @Schema(example = "TTCSC-MAIN") String siteId, Instant pickupFrom, Instant pickupDeadline,
        List<ApplicationView> applications) {
}
