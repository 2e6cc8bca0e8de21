package tw.smartdesk.events.notification;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;

/**
 * Command on the restricted {@code notification-requests} topic: tell the resident the one-time
 * code that opens their compartment. pickup-locker-service keeps only a keyed hash of the code;
 * this command is the only place the code itself travels. {@link #toString()} masks it.
 *
 * @param compartmentLabel label printed on the door, such as {@code A-12}
 * @param pickupCode the one-time code, 6 to 10 digits
 * @param expiresAt end of the pickup window
 */
public record SendPickupCode(
        UUID eventId,
        Instant occurredAt,
        String applicantRef,
        UUID applicationId,
        UUID compartmentId,
        String siteId,
        String compartmentLabel,
        String pickupCode,
        Instant expiresAt) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicantRef;
    }

    @Override
    public String toString() {
        return "SendPickupCode[eventId=" + eventId + ", applicantRef=" + applicantRef
                + ", applicationId=" + applicationId + ", compartmentId=" + compartmentId
                + ", siteId=" + siteId + ", compartmentLabel=" + compartmentLabel
                + ", pickupCode=***, expiresAt=" + expiresAt + "]";
    }
}
