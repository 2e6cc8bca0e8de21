package tw.smartdesk.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.events.contacts.ApplicantContactUpdated;
import tw.smartdesk.events.contacts.ContactLocale;

class EventJsonTest {

    private static final EventType SUBMITTED = EventCatalog.of(ApplicationSubmitted.class);

    @Test
    void unknownFieldsAreIgnored() {
        ObjectNode newer = ContractFiles.golden(SUBMITTED).deepCopy();
        newer.put("addedInV1Point5", true);

        ApplicationSubmitted event = EventJson.read(newer.toString(), ApplicationSubmitted.class);

        assertThat(event.serviceCode()).isEqualTo("HR-001");
    }

    @Test
    void malformedValuesAreRefused() {
        ObjectNode badEnum = ContractFiles.golden(SUBMITTED).deepCopy();
        badEnum.put("channel", "CARRIER_PIGEON");

        assertThatThrownBy(() -> EventJson.read("{not json", ApplicationSubmitted.class))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.read(badEnum.toString(), ApplicationSubmitted.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ApplicationSubmitted");
    }

    @Test
    void localeTravelsAsALanguageTag() {
        ApplicantContactUpdated contact = EventJson.read(
                ContractFiles.goldenText(EventCatalog.of(ApplicantContactUpdated.class)), ApplicantContactUpdated.class);

        assertThat(contact.locale()).isEqualTo(ContactLocale.ZH_TW);
        assertThat(EventJson.write(contact)).contains("\"locale\":\"zh-TW\"");
    }
}
