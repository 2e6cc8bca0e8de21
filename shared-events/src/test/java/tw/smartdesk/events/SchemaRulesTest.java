package tw.smartdesk.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.application.ApplicationRejected;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.events.application.DocumentReadyForPickup;
import tw.smartdesk.events.application.SatisfactionRated;
import tw.smartdesk.events.application.SupplementRequested;
import tw.smartdesk.events.contacts.ApplicantContactUpdated;
import tw.smartdesk.events.notification.NotificationFailed;
import tw.smartdesk.events.notification.NotificationFailedV2;
import tw.smartdesk.events.notification.SendPickupCode;
import tw.smartdesk.events.reservation.ReservationBooked;

/** The rules in the schemas beyond required fields and enums. */
class SchemaRulesTest {

    @Test
    void scoreIsOneToFive() {
        assertThat(validate(SatisfactionRated.class, value -> value.put("score", 0))).isNotEmpty();
        assertThat(validate(SatisfactionRated.class, value -> value.put("score", 6))).isNotEmpty();
        assertThat(validate(SatisfactionRated.class, value -> value.put("score", 1))).isEmpty();
    }

    @Test
    void smartDeskPickupNeedsACompartmentSize() {
        assertThat(validate(DocumentReadyForPickup.class, value -> value.remove("compartmentSize"))).isNotEmpty();
        assertThat(validate(DocumentReadyForPickup.class,
                value -> value.put("pickupMethod", "COUNTER").remove("compartmentSize"))).isEmpty();
    }

    @Test
    void permanentFailureHasNoRetry() {
        assertThat(validate(NotificationFailed.class, value -> value.put("failureKind", "PERMANENT"))).isNotEmpty();
        assertThat(validate(NotificationFailed.class,
                value -> value.put("failureKind", "PERMANENT").remove("nextAttemptAt"))).isEmpty();
    }

    @Test
    void pickupCodeIsDigits() {
        assertThat(validate(SendPickupCode.class, value -> value.put("pickupCode", "48A917"))).isNotEmpty();
        assertThat(validate(SendPickupCode.class, value -> value.put("pickupCode", "48291"))).isNotEmpty();
    }

    @Test
    void serviceCodesLookLikeHr001() {
        assertThat(validate(ApplicationSubmitted.class, value -> value.put("serviceCode", "hr001"))).isNotEmpty();
        assertThat(validate(ReservationBooked.class, value -> value.putArray("serviceCodes"))).isNotEmpty();
    }

    @Test
    void applicantRefCannotBeAnEmailAddress() {
        assertThat(validate(ApplicationSubmitted.class, value -> value.put("applicantRef", "someone@example.tw")))
                .isNotEmpty();
    }

    @Test
    void contactDetailsHaveTheirFormats() {
        assertThat(validate(ApplicantContactUpdated.class, value -> value.put("phone", "0912-345-678"))).isNotEmpty();
        assertThat(validate(ApplicantContactUpdated.class, value -> value.put("email", "not an address")))
                .isNotEmpty();
        assertThat(validate(ApplicantContactUpdated.class,
                value -> ((ObjectNode) value.get("quietHours")).put("start", "25:00"))).isNotEmpty();
        assertThat(validate(ApplicantContactUpdated.class,
                value -> value.putArray("channelPreferences").add("SMS").add("SMS"))).isNotEmpty();
    }

    @Test
    void contactDetailsAreOptional() {
        assertThat(validate(ApplicantContactUpdated.class,
                value -> value.without(List.of("phone", "email", "lineId", "quietHours")))).isEmpty();
    }

    /**
     * Free text typed by people stays in application-service, where erasure can clear it: the public
     * events no longer send it, and their schemas say so while still reading older events that did.
     */
    @Test
    void freeTextFieldsOfPublicEventsAreRetired() {
        assertThat(GoldenEventTest.deprecatedFields(EventCatalog.of(SatisfactionRated.class))).containsExactly("comment");
        assertThat(GoldenEventTest.deprecatedFields(EventCatalog.of(SupplementRequested.class))).containsExactly("note");
        assertThat(GoldenEventTest.deprecatedFields(EventCatalog.of(ApplicationRejected.class))).containsExactly("note");
        for (Class<? extends SmartDeskEvent> type : List.of(SatisfactionRated.class, SupplementRequested.class,
                ApplicationRejected.class)) {
            String field = type == SatisfactionRated.class ? "comment" : "note";
            assertThat(ContractFiles.schema(EventCatalog.of(type)).get("required")).extracting(JsonNode::asText)
                    .doesNotContain(field);
            assertThat(ContractFiles.schema(EventCatalog.of(type)).at("/properties/" + field + "/description").asText())
                    .contains("stays in application-service");
            assertThat(validate(type, value -> value.put(field, "an event written before the change"))).isEmpty();
        }
    }

    /** The filing that put a national ID on application-events through township now fails its schema. */
    @Test
    void townshipIsACodeFromTheCountysList() {
        assertThat(validate(ApplicationSubmittedV2.class, value -> value.put("township", "A123456789"))).isNotEmpty();
        assertThat(validate(ApplicationSubmittedV2.class, value -> value.put("township", "臺東市"))).isNotEmpty();
        assertThat(validate(ApplicationSubmittedV2.class, value -> value.put("township", "OUTSIDE_COUNTY"))).isEmpty();
        assertThat(validate(ApplicationSubmittedV2.class, value -> value.remove("township"))).isEmpty();
        assertThat(validate(ApplicationSubmittedV2.class, value -> value.remove("residency"))).isEmpty();
    }

    @Test
    void failureReasonIsACode() {
        assertThat(validate(NotificationFailedV2.class, value -> value.put("reason", "SMTP 550 a@b.tw unknown")))
                .isNotEmpty();
        assertThat(validate(NotificationFailedV2.class,
                value -> value.put("failureKind", "PERMANENT").put("reason", "ADDRESS_INVALID").remove("nextAttemptAt")))
                .isEmpty();
        assertThat(validate(NotificationFailedV2.class, value -> value.put("failureKind", "PERMANENT"))).isNotEmpty();
    }

    @Test
    void addedFieldsAreOptionalForOlderProducers() {
        assertThat(validate(ApplicationSubmitted.class, value -> value.remove("serviceVersion"))).isEmpty();
        assertThat(validate(ApplicationSubmitted.class, value -> value.put("serviceVersion", 0))).isNotEmpty();
        assertThat(validate(DocumentReadyForPickup.class, value -> value.remove("submissionId"))).isEmpty();
        assertThat(validate(DocumentReadyForPickup.class, value -> value.put("submissionId", "S-1"))).isNotEmpty();
    }

    private static Set<ValidationMessage> validate(Class<? extends SmartDeskEvent> eventClass,
            Consumer<ObjectNode> change) {
        EventType type = EventCatalog.of(eventClass);
        ObjectNode value = ContractFiles.golden(type).deepCopy();
        change.accept(value);
        return ContractFiles.validator(type).validate(value);
    }
}
