package tw.smartdesk.application.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tw.smartdesk.application.domain.Masking;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.PickupMethod;
import tw.smartdesk.events.application.Residency;
import tw.smartdesk.events.application.Township;
import tw.smartdesk.events.contacts.ContactLocale;
import tw.smartdesk.events.notification.DeliveryChannel;

/**
 * A submission: one applicant, one or more services (one-stop; each becomes its own application,
 * linked by the submission id), optionally a proxy and where to collect the documents.
 *
 * @param channel ONLINE or MOBILE (citizen), PHONE (operator), COUNTER (clerk)
 * @param proxy someone applying on the applicant's behalf with an authorisation letter; only for
 *        services that allow it
 * @param pickup where to collect; absent means the Smart Desk of the default site where the service allows it
 */
@Schema(name = "SubmitApplicationRequest")
public record SubmitApplicationRequest(
        @NotNull @Schema(example = "ONLINE") ApplicationChannel channel,
        @NotNull @Valid ApplicantDetails applicant,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid RequestedService> services,
        @Valid ProxyDetails proxy,
        @Valid PickupChoice pickup) {

    /**
     * The applicant as the submission states them. Contact values that are absent keep what an earlier
     * submission stored; a channel preference needs its contact in the same submission.
     *
     * @param nationalId national ID or resident certificate number (old or new format); stored encrypted,
     *        answered masked
     * @param birthDate turned into an age band, and kept sealed for the phone desk's look-up of a caller
     * @param phone mobile number, 0912345678 or E.164
     * @param township a code from {@code GET /townships} (or OUTSIDE_COUNTY); anything else is refused
     */
    @Schema(name = "ApplicantDetails")
    public record ApplicantDetails(
            @NotBlank @Schema(example = "A123456789") String nationalId,
            @NotBlank @Size(max = 100) @Schema(example = "王小明") String name,
            @NotNull @Past @Schema(example = "1988-04-02") LocalDate birthDate,
            @Pattern(regexp = "09[0-9]{8}|\\+[1-9][0-9]{7,14}", message = "must be a mobile number such as 0912345678 or +886912345678")
            @Schema(example = "0912345678") String phone,
            @Email @Size(max = 254) @Schema(example = "resident@example.tw") String email,
            @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be a LINE id (letters, digits, . _ -)")
            @Schema(example = "wang.hsiaoming") String lineId,
            @Schema(example = "zh-TW") ContactLocale locale,
            @Size(max = 4) List<@NotNull DeliveryChannel> channelPreferences,
            @Schema(example = "TAITUNG_CITY") Township township,
            @Schema(example = "IN_COUNTY") Residency residency) {

        @Override
        public String toString() {
            return "ApplicantDetails[nationalId=" + Masking.nationalId(nationalId) + ", name=" + Masking.name(name)
                    + ", contact details hidden]";
        }
    }

    /**
     * One service of the submission.
     *
     * @param fields the service's own form fields (see GET /services/{code})
     */
    @Schema(name = "RequestedService")
    public record RequestedService(
            @NotNull @Pattern(regexp = RequestedService.CODE_FORMAT, message = "must look like HR-001")
            @Schema(example = "HR-001") String serviceCode,
            @Size(max = 50) Map<String, @Size(max = 500) String> fields) {

        /** What a service code looks like: two to four letters, a dash, three digits. */
        public static final String CODE_FORMAT = "[A-Z]{2,4}-[0-9]{3}";
    }

    /**
     * A proxy applicant. The ID number is validated and kept masked only; the name is encrypted.
     *
     * @param relationship to the applicant, such as 配偶 (spouse) or 子女 (child)
     * @param authorisationLetterRef reference of the signed authorisation letter (委託書)
     */
    @Schema(name = "ProxyDetails")
    public record ProxyDetails(
            @NotBlank @Size(max = 100) @Schema(example = "王大明") String name,
            @NotBlank @Size(max = 20) @Schema(example = "配偶") String relationship,
            @NotBlank @Schema(example = "A234567893") String nationalId,
            @NotBlank @Size(max = 64) @Schema(example = "LETTER-2026-000123") String authorisationLetterRef) {

        @Override
        public String toString() {
            return "ProxyDetails[name=" + Masking.name(name) + ", relationship=" + relationship
                    + ", nationalId=" + Masking.nationalId(nationalId) + "]";
        }
    }

    /**
     * Where to collect the documents. SMART_DESK for a service whose documents cannot go into a
     * locker is switched to COUNTER for that application (the answer shows the method per application).
     */
    @Schema(name = "PickupChoice")
    public record PickupChoice(
            @NotNull @Schema(example = "SMART_DESK") PickupMethod method,
            @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "must be a site id such as TTCSC-MAIN")
            @Schema(example = "TTCSC-MAIN") String siteId) {
    }
}
