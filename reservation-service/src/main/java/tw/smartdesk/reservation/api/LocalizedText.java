package tw.smartdesk.reservation.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in Traditional Chinese (the default) and English, keyed by BCP 47 tag. */
@Schema(name = "LocalizedText")
public record LocalizedText(
        @JsonProperty("zh-TW") @Schema(name = "zh-TW", example = "臺東縣政府聯合服務中心") String zhTw,
        @Schema(example = "Taitung County Civil Service Center") String en) {
}
