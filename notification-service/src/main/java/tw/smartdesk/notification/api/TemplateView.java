package tw.smartdesk.notification.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.notification.domain.NotificationTemplate;

/**
 * A message template in one language.
 *
 * @param placeholders names the sender fills in, as they appear in {@code {name}} form in subject and body
 */
@Schema(name = "Template")
public record TemplateView(
        @Schema(example = "pickup-code") String key,
        @Schema(example = "zh-TW", enumeration = {"zh-TW", "en"}) String locale,
        @Schema(example = "文件已放入智慧櫃台") String subject,
        @Schema(example = "您申請的文件已放入{siteName}智慧櫃台 {compartmentLabel} 號格，取件碼 {pickupCode}，24 小時皆可取件，請於 {expiresAt} 前領取。取件碼請勿提供他人。")
        String body,
        @Schema(example = "[\"siteName\", \"compartmentLabel\", \"pickupCode\", \"expiresAt\"]") List<String> placeholders) {

    public static TemplateView of(NotificationTemplate template) {
        return new TemplateView(template.key, template.locale.tag(), template.subject, template.body,
                template.placeholders());
    }
}
