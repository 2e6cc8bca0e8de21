package tw.smartdesk.application.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.events.application.Residency;
import tw.smartdesk.events.application.Township;

/**
 * What SmartDesk holds about the calling citizen: the applicants their account is linked to by a verified
 * identity claim (masked; none without one) and the applications they may see (their own filings and
 * those of the linked applicants). No {@code applicantRef}.
 */
@Schema(name = "MyData")
public record MyDataView(List<ApplicantData> applicants, List<ApplicationView> applications) {

    /** One linked applicant's stored data, masked. */
    @Schema(name = "MyApplicantData")
    public record ApplicantData(
            @Schema(example = "A*******89") String maskedNationalId,
            @Schema(example = "王*明") String maskedName,
            @Schema(example = "+8869****678") String maskedPhone,
            @Schema(example = "r***@example.tw") String maskedEmail,
            @Schema(description = "Whether a LINE id is stored") boolean lineIdStored,
            @Schema(example = "zh-TW") String locale,
            @Schema(example = "SMS,EMAIL") String channelPreferences,
            @Schema(example = "TAITUNG_CITY") Township township,
            @Schema(example = "30-39") String ageBand,
            Residency residency) {
    }
}
