package tw.smartdesk.locker.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in Traditional Chinese (the default) and English, keyed by BCP 47 tag. */
@Schema(name = "LocalizedText")
public record LocalizedText(
        @JsonProperty("zh-TW") @Schema(name = "zh-TW", example = "智慧櫃台 A") String zhTw,
        @Schema(example = "Smart Desk A") String en) {
}
