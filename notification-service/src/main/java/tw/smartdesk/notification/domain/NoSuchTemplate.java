package tw.smartdesk.notification.domain;

import tw.smartdesk.events.contacts.ContactLocale;
import tw.smartdesk.platform.http.ProblemException;

/** No template with this key in this language (404). */
public class NoSuchTemplate extends ProblemException {

    public NoSuchTemplate(String key, ContactLocale locale) {
        super(404, "not-found", "Template not found", "No template " + key + " in " + locale.tag(), null, null);
    }
}
