package tw.smartdesk.notification.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tw.smartdesk.events.contacts.ContactLocale;

/** Stores a locale as its BCP 47 tag ({@code zh-TW}, {@code en}), the form the events use. */
@Converter
public class ContactLocaleConverter implements AttributeConverter<ContactLocale, String> {

    @Override
    public String convertToDatabaseColumn(ContactLocale locale) {
        return locale == null ? null : locale.tag();
    }

    @Override
    public ContactLocale convertToEntityAttribute(String tag) {
        return tag == null ? null : Locales.fromTag(tag)
                .orElseThrow(() -> new IllegalStateException("Unknown locale in database: " + tag));
    }
}
