package tw.smartdesk.events.contacts;

import com.fasterxml.jackson.annotation.JsonValue;

/** Language of the messages a resident receives; on the wire as a BCP 47 tag. */
public enum ContactLocale {
    ZH_TW("zh-TW"),
    EN("en");

    private final String tag;

    ContactLocale(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 language tag, such as {@code zh-TW}. */
    @JsonValue
    public String tag() {
        return tag;
    }
}
