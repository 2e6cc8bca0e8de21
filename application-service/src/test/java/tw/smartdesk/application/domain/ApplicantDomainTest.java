package tw.smartdesk.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.smartdesk.events.contacts.ContactLocale;
import tw.smartdesk.events.notification.DeliveryChannel;

class ApplicantDomainTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest
    @CsvSource({"2008-11-28, 0-17", "2008-11-27, 18-29", "1997-11-28, 18-29", "1996-11-27, 30-39", "1977-01-01, 40-49",
        "1976-11-27, 50-64", "1961-11-28, 50-64", "1961-11-27, 65+", "1930-05-05, 65+"})
    void theAgeBandChangesOnTheBirthday(LocalDate birthDate, String band) {
        assertThat(AgeBands.of(birthDate, TODAY)).isEqualTo(band);
    }

    @Test
    void applicantRefsAreRandomAndWellFormed() {
        String first = ApplicantRefs.next();
        assertThat(first).matches("APL-[0-9a-f]{24}");
        assertThat(ApplicantRefs.next()).isNotEqualTo(first);
        assertThat(ApplicantRefs.isWellFormed(first)).isTrue();
        assertThat(ApplicantRefs.isWellFormed("APL-A123456789")).isFalse();
    }

    @Test
    void taiwaneseMobileNumbersBecomeE164() {
        assertThat(ContactDetails.phoneE164("0912345678")).isEqualTo("+886912345678");
        assertThat(ContactDetails.phoneE164("+819012345678")).isEqualTo("+819012345678");
    }

    @Test
    void newerContactValuesReplaceAndAbsentOnesKeepTheStoredValue() {
        ContactDetails stored = new ContactDetails("+886912345678", "old@example.tw", null, ContactLocale.EN,
                List.of(DeliveryChannel.EMAIL));
        ContactDetails updated = stored.updatedWith(new ContactDetails(null, "new@example.tw", "line.me", null, null));
        assertThat(updated).isEqualTo(new ContactDetails("+886912345678", "new@example.tw", "line.me", ContactLocale.EN,
                List.of(DeliveryChannel.EMAIL)));
    }

    @Test
    void withoutStatedPreferencesTheReachableChannelsAreUsedAndTheLocaleIsTraditionalChinese() {
        ContactDetails first = new ContactDetails(null, null, null, null, null)
                .updatedWith(new ContactDetails("+886912345678", null, "line.me", null, null));
        assertThat(first.channelPreferences()).containsExactly(DeliveryChannel.SMS, DeliveryChannel.LINE, DeliveryChannel.INBOX);
        assertThat(first.locale()).isEqualTo(ContactLocale.ZH_TW);
        assertThat(ContactDetails.parsePreferences(first.preferencesText())).isEqualTo(first.channelPreferences());
    }

    @Test
    void contactDetailsNeverPrintTheirValues() {
        ContactDetails contact = new ContactDetails("+886912345678", "a@example.tw", "line.me", ContactLocale.EN, List.of());
        assertThat(contact.toString()).doesNotContain("912345678", "a@example.tw", "line.me");
        ApplicantProfile profile = new ApplicantProfile("A123456789", "王小明", java.time.LocalDate.of(1988, 4, 2), "30-39", null, null, contact);
        assertThat(profile.toString()).doesNotContain("A123456789", "王小明", "912345678").contains("A*******89");
    }
}
