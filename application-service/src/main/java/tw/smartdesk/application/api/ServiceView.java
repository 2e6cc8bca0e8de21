package tw.smartdesk.application.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.application.domain.RequiredDocument;
import tw.smartdesk.application.domain.RequiredField;
import tw.smartdesk.application.domain.ServiceDefinition;
import tw.smartdesk.events.locker.CompartmentSize;

/**
 * One version of a catalogue service as residents, staff and kiosks see it.
 *
 * @param version the catalogue version; applications keep the version they were filed under
 * @param current whether new applications are filed under this version
 * @param retired whether the service is no longer offered (filing it gets 422)
 * @param changedBy who made this version (an admin's subject, or {@code seed}); shown to admins only
 */
@Schema(name = "Service")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceView(
        @Schema(example = "LR-001") String code,
        @Schema(example = "1") int version,
        @Schema(example = "土地登記第二類謄本") String nameZh,
        @Schema(example = "Land registration transcript (type 2)") String nameEn,
        @Schema(example = "地政處") String department,
        @Schema(example = "20", description = "Fee in NT$") int feeNtd,
        @Schema(example = "1", description = "Working days from submission to a ready document") int processingDays,
        List<RequiredField> requiredFields,
        List<RequiredDocument> requiredDocuments,
        boolean proxyAllowed,
        @Schema(example = "S") CompartmentSize compartmentSize,
        @Schema(example = "3", description = "Days the document waits at the Smart Desk") int pickupWindowDays,
        boolean smartDeskPickup,
        boolean retired,
        boolean current,
        Instant changedAt,
        @Schema(example = "admin-1") String changedBy) {

    /**
     * @param withAudit whether to show who made the version (admins only)
     */
    public static ServiceView of(ServiceDefinition definition, List<RequiredField> fields, List<RequiredDocument> documents,
            boolean withAudit) {
        return new ServiceView(definition.code, definition.version, definition.nameZh, definition.nameEn,
                definition.department, definition.feeNtd, definition.processingDays, fields, documents,
                definition.proxyAllowed, definition.compartmentSize, definition.pickupWindowDays,
                definition.smartDeskPickup, definition.retired, definition.current, definition.changedAt,
                withAudit ? definition.changedBy : null);
    }
}
