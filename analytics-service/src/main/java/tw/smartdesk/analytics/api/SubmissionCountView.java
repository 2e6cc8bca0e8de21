package tw.smartdesk.analytics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.application.ApplicationChannel;

/** How many applications were filed for one service through one channel. */
@Schema(name = "SubmissionCount")
public record SubmissionCountView(
        @Schema(example = "HR-001") String serviceCode,
        @Schema(example = "ONLINE") ApplicationChannel channel,
        @Schema(example = "42") long submissions) {
}
