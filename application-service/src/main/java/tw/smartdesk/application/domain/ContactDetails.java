package tw.smartdesk.application.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tw.smartdesk.events.contacts.ContactLocale;
import tw.smartdesk.events.notification.DeliveryChannel;

/**
 * How to reach an applicant: what goes to the restricted {@code applicant-contacts} topic.
 * {@link #toString()} hides the values so they never reach a log.
 *
 * @param phone E.164, such as {@code +886912345678}; may be absent
 * @param channelPreferences most preferred first; absent means "not stated"
 */
public record ContactDetails(String phone, String email, String lineId, ContactLocale locale,
        List<DeliveryChannel> channelPreferences) {

    /**
     * These details updated with a newer statement: every value the newer one gives replaces the
     * stored one, absent values keep it. Without any stated preference, the channels the details
     * reach are used, in the order SMS, EMAIL, LINE, INBOX.
     */
    public ContactDetails updatedWith(ContactDetails newer) {
        String newPhone = firstNonNull(newer.phone, phone);
        String newEmail = firstNonNull(newer.email, email);
        String newLineId = firstNonNull(newer.lineId, lineId);
        ContactLocale newLocale = firstNonNull(newer.locale, firstNonNull(locale, ContactLocale.ZH_TW));
        List<DeliveryChannel> preferences = firstNonNull(newer.channelPreferences, channelPreferences);
        if (preferences == null || preferences.isEmpty()) {
            preferences = reachable(newPhone, newEmail, newLineId);
        }
        return new ContactDetails(newPhone, newEmail, newLineId, newLocale, List.copyOf(preferences));
    }

    /** The preferences as stored: {@code SMS,EMAIL}. */
    public String preferencesText() {
        return channelPreferences == null ? null
                : String.join(",", channelPreferences.stream().map(DeliveryChannel::name).toList());
    }

    public static List<DeliveryChannel> parsePreferences(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.split(",")).map(DeliveryChannel::valueOf).toList();
    }

    /** A Taiwanese mobile number {@code 0912345678} in E.164 ({@code +886912345678}); others unchanged. */
    public static String phoneE164(String phone) {
        if (phone == null) {
            return null;
        }
        String compact = phone.strip();
        return compact.matches("09[0-9]{8}") ? "+886" + compact.substring(1) : compact;
    }

    private static List<DeliveryChannel> reachable(String phone, String email, String lineId) {
        List<DeliveryChannel> channels = new ArrayList<>();
        if (phone != null) {
            channels.add(DeliveryChannel.SMS);
        }
        if (email != null) {
            channels.add(DeliveryChannel.EMAIL);
        }
        if (lineId != null) {
            channels.add(DeliveryChannel.LINE);
        }
        channels.add(DeliveryChannel.INBOX);
        return channels;
    }

    private static <T> T firstNonNull(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    @Override
    public String toString() {
        return "ContactDetails[phone=" + (phone == null ? null : "***") + ", email=" + (email == null ? null : "***")
                + ", lineId=" + (lineId == null ? null : "***") + ", locale=" + locale
                + ", channelPreferences=" + channelPreferences + "]";
    }
}
