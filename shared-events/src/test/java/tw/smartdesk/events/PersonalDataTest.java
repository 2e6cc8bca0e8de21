package tw.smartdesk.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.smartdesk.events.contacts.ApplicantContactUpdated;
import tw.smartdesk.events.notification.SendPickupCode;

/** PUBLIC topics carry the pseudonymous applicantRef only; restricted values never reach a log. */
class PersonalDataTest {

    /** Field names that hold, or look like they hold, personal data or a pickup code. */
    private static final Pattern PERSONAL_DATA = Pattern.compile(
            ".*(nationalid|phone|email|lineid|pickupcode|onetimecode|password).*"
                    + "|.*(name|mobile|mail|address|otp|birthdate|dateofbirth|idnumber|idno)"
                    + "|code|pin",
            Pattern.CASE_INSENSITIVE);

    static boolean looksPersonal(String fieldName) {
        return PERSONAL_DATA.matcher(fieldName).matches();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "applicantName", "fullName", "nationalId", "phone", "phoneNumber", "mobile",
        "email", "emailAddress", "lineId", "code", "pickupCode", "oneTimeCode", "otp", "birthDate", "homeAddress"})
    void recognisesPersonalFieldNames(String fieldName) {
        assertThat(looksPersonal(fieldName)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicantRef", "serviceCode", "serviceCodes", "documentCodes", "templateKey", "siteId",
        "compartmentLabel", "township", "ageBand", "residency", "comment", "note", "counterId"})
    void allowsContractFieldNames(String fieldName) {
        assertThat(looksPersonal(fieldName)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tw.smartdesk.events.ContractFiles#types")
    void publicTypeHasNoPersonalField(EventType type) {
        if (type.topic().classification() != Classification.PUBLIC) {
            return;
        }

        assertThat(fieldNames(type.eventClass())).noneMatch(PersonalDataTest::looksPersonal);
        assertThat(ContractFiles.schema(type).get("properties").fieldNames()).toIterable()
                .noneMatch(PersonalDataTest::looksPersonal);
    }

    @Test
    void theGuardWouldCatchTheRestrictedFields() {
        assertThat(fieldNames(SendPickupCode.class)).anyMatch(PersonalDataTest::looksPersonal);
        assertThat(fieldNames(ApplicantContactUpdated.class)).filteredOn(PersonalDataTest::looksPersonal)
                .containsExactlyInAnyOrder("phone", "email", "lineId");
        assertThat(EventCatalog.of(SendPickupCode.class).topic().classification()).isEqualTo(Classification.RESTRICTED);
        assertThat(EventCatalog.of(ApplicantContactUpdated.class).topic().classification())
                .isEqualTo(Classification.RESTRICTED);
    }

    @Test
    void restrictedValuesAreMaskedInToString() {
        SendPickupCode command = EventJson.read(
                ContractFiles.goldenText(EventCatalog.of(SendPickupCode.class)), SendPickupCode.class);
        ApplicantContactUpdated contact = EventJson.read(
                ContractFiles.goldenText(EventCatalog.of(ApplicantContactUpdated.class)), ApplicantContactUpdated.class);

        assertThat(command.toString()).doesNotContain(command.pickupCode()).contains(command.applicantRef());
        assertThat(contact.toString()).doesNotContain(contact.phone(), contact.email(), contact.lineId())
                .contains(contact.applicantRef());
    }

    /** Component names of a record and of the records nested in it. */
    private static List<String> fieldNames(Class<?> recordClass) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : recordClass.getRecordComponents()) {
            names.add(component.getName());
            if (component.getType().isRecord()) {
                names.addAll(fieldNames(component.getType()));
            }
        }
        return names;
    }
}
