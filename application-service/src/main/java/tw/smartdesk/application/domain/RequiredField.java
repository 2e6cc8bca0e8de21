package tw.smartdesk.application.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A form field a catalogue service asks for, e.g. the land section and lot number of a land
 * registration transcript.
 *
 * @param name key in the application's {@code fields} map
 * @param label what the form shows (zh-TW)
 * @param pattern optional regular expression the value must match
 * @param required whether the field must be present and non-blank
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequiredField(String name, String label, String pattern, boolean required) {
}
