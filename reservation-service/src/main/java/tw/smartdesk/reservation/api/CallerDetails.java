package tw.smartdesk.reservation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who a phone operator or a clerk books for: the caller's ID number and birth date (passed to application-service
 * to find the person, never stored here) and, on the phone, the number to call back (kept for staff only).
 */
@Schema(name = "Caller")
public record CallerDetails(
        @NotNull @Schema(example = "A123456789") String nationalId,
        @NotNull @Schema(example = "1980-04-02") LocalDate birthDate,
        @Pattern(regexp = PhoneNumbers.FORMAT, message = PhoneNumbers.MESSAGE) @Schema(example = "0912345678") String phone) {

    @Override
    public String toString() {
        return "CallerDetails[hidden]"; // never in a log line
    }
}
