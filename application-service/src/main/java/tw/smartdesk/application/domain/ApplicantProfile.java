package tw.smartdesk.application.domain;

import java.time.LocalDate;
import tw.smartdesk.events.application.Residency;
import tw.smartdesk.events.application.Township;

/**
 * Who is applying, as one submission states it: the identity that finds the applicant again, the
 * details that are refreshed on every filing and the coarse demographics analytics may see.
 * {@link #toString()} hides the personal values.
 *
 * @param nationalId normalised and already validated
 * @param birthDate kept sealed, for the phone desk's look-up
 * @param ageBand derived from the birth date
 */
public record ApplicantProfile(String nationalId, String name, LocalDate birthDate, String ageBand, Township township,
        Residency residency, ContactDetails contact) {

    @Override
    public String toString() {
        return "ApplicantProfile[nationalId=" + Masking.nationalId(nationalId) + ", name=" + Masking.name(name)
                + ", ageBand=" + ageBand + ", township=" + township + ", residency=" + residency
                + ", contact=" + contact + "]";
    }
}
