package tw.smartdesk.application.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A supporting document a catalogue service asks for, e.g. the authorisation letter a proxy brings.
 *
 * @param code stable code, e.g. {@code PROXY_LETTER}
 * @param label what the form shows (zh-TW)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequiredDocument(String code, String label) {
}
