package tw.smartdesk.application.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.application.domain.CatalogueRules;
import tw.smartdesk.application.domain.RequiredDocument;
import tw.smartdesk.application.domain.RequiredField;

/**
 * The terms of a catalogue service as an admin creates or changes them. {@code code} is required
 * when creating (POST) and may be left out when changing (PUT), where the path names the service.
 *
 * @param requiredFields the form fields applications must fill; none if absent
 * @param requiredDocuments the supporting documents; none if absent
 */
@Schema(name = "ServiceChangeRequest")
public record ServiceChangeRequest(
        @Pattern(regexp = CatalogueRules.CODE_PATTERN, message = "must look like LR-001")
        @Schema(example = "LR-001") String code,
        @NotBlank @Size(max = 100) @Schema(example = "土地登記第二類謄本") String nameZh,
        @NotBlank @Size(max = 200) @Schema(example = "Land registration transcript (type 2)") String nameEn,
        @NotBlank @Size(max = 40) @Schema(example = "地政處") String department,
        @NotNull @Min(0) @Max(100_000) @Schema(example = "20") Integer feeNtd,
        @NotNull @Min(0) @Max(365) @Schema(example = "1") Integer processingDays,
        @Size(max = 30) List<RequiredField> requiredFields,
        @Size(max = 30) List<RequiredDocument> requiredDocuments,
        @NotNull @Schema(example = "true") Boolean proxyAllowed,
        @NotNull @Pattern(regexp = "S|M|L", message = "must be S, M or L") @Schema(example = "S", enumeration = {"S", "M", "L"})
        String compartmentSize,
        @NotNull @Min(1) @Max(30) @Schema(example = "3") Integer pickupWindowDays,
        @NotNull @Schema(example = "true") Boolean smartDeskPickup) {
}
