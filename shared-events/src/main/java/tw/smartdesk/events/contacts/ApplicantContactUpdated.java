package tw.smartdesk.events.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.notification.DeliveryChannel;

/**
 * The current contact details and preferences of one applicant, on the restricted, compacted
 * {@code applicant-contacts} topic keyed by {@code applicantRef}: each value replaces the previous
 * one for the key.
 *
 * <p>Erasure: a tombstone (the key {@code applicantRef} with a {@code null} value) erases the
 * person. Consumers delete everything they hold for that applicant, and compaction removes the
 * earlier values from the topic. A tombstone has no event id or CloudEvents type; consumers
 * recognise it by its null value.
 *
 * <p>{@link #toString()} masks the contact details so they never reach a log.
 *
 * @param phone mobile number in E.164 form, such as {@code +886912345678}; may be absent
 * @param email e-mail address; may be absent
 * @param lineId LINE user id the official account messages; may be absent
 * @param channelPreferences channels to use, most preferred first
 * @param quietHours when not to send SMS or LINE messages; may be absent
 */
public record ApplicantContactUpdated(
        UUID eventId,
        Instant occurredAt,
        String applicantRef,
        String phone,
        String email,
        String lineId,
        ContactLocale locale,
        List<DeliveryChannel> channelPreferences,
        QuietHours quietHours) implements SmartDeskEvent {

    @Override
    public String subject() {
        return applicantRef;
    }

    @Override
    public String toString() {
        return "ApplicantContactUpdated[eventId=" + eventId + ", applicantRef=" + applicantRef
                + ", phone=" + mask(phone) + ", email=" + mask(email) + ", lineId=" + mask(lineId)
                + ", locale=" + locale + ", channelPreferences=" + channelPreferences
                + ", quietHours=" + quietHours + "]";
    }

    private static String mask(String value) {
        return value == null ? null : "***";
    }
}
