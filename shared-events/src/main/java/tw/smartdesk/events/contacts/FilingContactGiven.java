package tw.smartdesk.events.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.notification.DeliveryChannel;

/**
 * The contact details given in one filing whose filer may not change the applicant's stored contacts (a citizen
 * account without a verified identity claim, see application-service's identity model): messages about the
 * applications of that submission go to these details, and never to the applicant's stored ones, which this
 * event does not replace. On the restricted, compacted {@code applicant-contacts} topic keyed by
 * {@code submissionId}, so it never overwrites the value an {@code applicantRef} key holds.
 *
 * <p>Erasure: a tombstone with the {@code submissionId} as key erases these details, as a tombstone keyed by
 * {@code applicantRef} erases the person.
 *
 * <p>{@link #toString()} masks the contact details so they never reach a log.
 *
 * @param submissionId the submission (one-stop: every application of it) these details serve; the Kafka key
 * @param applicantRef the applicant the submission was filed under
 * @param phone mobile number in E.164 form; may be absent
 * @param email e-mail address; may be absent
 * @param lineId LINE user id; may be absent
 * @param channelPreferences channels to use, most preferred first
 */
public record FilingContactGiven(
        UUID eventId,
        Instant occurredAt,
        UUID submissionId,
        String applicantRef,
        String phone,
        String email,
        String lineId,
        ContactLocale locale,
        List<DeliveryChannel> channelPreferences) implements SmartDeskEvent {

    @Override
    public String subject() {
        return submissionId.toString();
    }

    @Override
    public String toString() {
        return "FilingContactGiven[eventId=" + eventId + ", submissionId=" + submissionId + ", applicantRef="
                + applicantRef + ", phone=" + mask(phone) + ", email=" + mask(email) + ", lineId=" + mask(lineId)
                + ", locale=" + locale + ", channelPreferences=" + channelPreferences + "]";
    }

    private static String mask(String value) {
        return value == null ? null : "***";
    }
}
