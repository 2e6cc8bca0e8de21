package tw.smartdesk.application.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.NationalIds;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.application.ApplicationAccepted;
import tw.smartdesk.events.application.ApplicationCompleted;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.events.application.DocumentReadyForPickup;
import tw.smartdesk.events.application.SatisfactionRatedV2;
import tw.smartdesk.events.locker.DocumentPickedUp;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * One resident's whole journey through the real endpoints: filed online, accepted, ready at the
 * Smart Desk, picked up at the locker (an event from pickup-locker-service), rated. No event names them.
 */
@QuarkusTest
class CitizenJourneyTest {

    @Test
    void filedAcceptedReadyPickedUpAndRatedWithoutPersonalDataInAnyEvent() throws Exception {
        String citizen = "citizen-" + UUID.randomUUID();
        String nationalId = validNationalId();
        String name = "林" + UUID.randomUUID().toString().substring(0, 4);
        String phone = "0912" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String email = "r" + UUID.randomUUID().toString().substring(0, 8) + "@example.tw";

        JsonPath filed = given().header("Authorization", TestTokens.bearer(citizen, Roles.CITIZEN))
                .contentType(ContentType.JSON).body(submission(nationalId, name, phone, email))
                .when().post("/applications").then().statusCode(201).extract().jsonPath();
        UUID id = UUID.fromString(filed.getString("applications[0].id"));
        String dueDate = filed.getString("applications[0].dueDate");
        assertThat(filed.getMap("applicant")).doesNotContainKey("applicantRef");
        String applicantRef = StoredApplications.applicantRefOf(id);
        assertThat(applicantRef).startsWith("APL-");

        String clerk = TestTokens.bearer("clerk-" + UUID.randomUUID(), Roles.CLERK);
        given().header("Authorization", clerk).when().post("/applications/" + id + "/accept").then().statusCode(200);
        given().header("Authorization", clerk).contentType(ContentType.JSON).body("{\"siteId\":\"TTCSC-MAIN\"}")
                .when().post("/applications/" + id + "/ready").then().statusCode(200).body("pickupMethod", equalTo("SMART_DESK"));
        KafkaEvents.publish(new DocumentPickedUp(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), id, "TTCSC-MAIN", true, 0));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(StoredApplications.statusOf(id)));
        given().header("Authorization", TestTokens.bearer(citizen, Roles.CITIZEN)).contentType(ContentType.JSON)
                .body("{\"score\":5}").when().post("/applications/" + id + "/feedback").then().statusCode(201);

        given().header("Authorization", TestTokens.bearer(citizen, Roles.CITIZEN))
                .when().get("/applications/" + id + "/timeline").then().statusCode(200)
                .body("action", contains("SUBMIT", "ACCEPT", "MARK_READY", "COMPLETE", "FEEDBACK"),
                        "actorRole", contains("CITIZEN", "CLERK", "CLERK", "SYSTEM", "CITIZEN"));
        List<ConsumerRecord<String, String>> events = KafkaEvents.published(id, 5);
        List<Class<? extends SmartDeskEvent>> expected = List.of(ApplicationSubmittedV2.class,
                ApplicationAccepted.class, DocumentReadyForPickup.class, ApplicationCompleted.class, SatisfactionRatedV2.class);
        for (int i = 0; i < expected.size(); i++) {
            KafkaEvents.assertCloudEvent(events.get(i), id, expected.get(i), citizen, nationalId, name, phone, email);
        }
        assertThat(JsonPath.from(events.get(1).value()).getString("expectedReadyOn")).isEqualTo(dueDate);
        assertThat(JsonPath.from(events.get(2).value()).getString("applicantRef")).isEqualTo(applicantRef);
        assertThat(JsonPath.from(events.get(2).value()).getString("compartmentSize")).isEqualTo("S");
    }

    private static String submission(String nationalId, String name, String phone, String email) throws Exception {
        Map<String, Object> applicant = Map.of("nationalId", nationalId, "name", name, "birthDate", "1975-06-01",
                "phone", phone, "email", email, "locale", "zh-TW", "township", "TAITUNG_CITY", "residency", "IN_COUNTY");
        Map<String, Object> body = Map.of("channel", "ONLINE", "applicant", applicant,
                "services", List.of(Map.of("serviceCode", "HR-001", "fields", Map.of("scope", "FULL"))));
        return new ObjectMapper().writeValueAsString(body);
    }

    private static String validNationalId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String prefix = (char) ('A' + random.nextInt(26)) + "2" + String.format("%07d", random.nextInt(10_000_000));
        for (int check = 0; check <= 9; check++) {
            if (NationalIds.isValid(prefix + check)) {
                return prefix + check;
            }
        }
        throw new IllegalStateException("no check digit for " + prefix);
    }
}
