package tw.smartdesk.application.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.application.RejectionReason;

/**
 * A clerk rejects an application.
 *
 * @param note a short explanation for the resident; shown in the timeline, never sent on the public event,
 *     cleared when the applicant is erased
 */
@Schema(name = "RejectRequest")
public record RejectRequest(
        @NotNull @Schema(example = "DOCUMENTS_INSUFFICIENT") RejectionReason reason,
        @Size(max = 500) @Schema(example = "所附文件不足以證明申請資格") String note) {
}
