package tw.smartdesk.notification.domain;

import java.util.Arrays;
import java.util.Optional;
import tw.smartdesk.events.contacts.ContactLocale;

/** The languages messages are written in; zh-TW unless the resident chose another. */
public final class Locales {

    public static final ContactLocale DEFAULT = ContactLocale.ZH_TW;

    private Locales() {
    }

    /** The locale of a BCP 47 tag such as {@code zh-TW}, exactly as {@link ContactLocale#tag()} spells it. */
    public static Optional<ContactLocale> fromTag(String tag) {
        return Arrays.stream(ContactLocale.values()).filter(locale -> locale.tag().equals(tag)).findFirst();
    }
}
