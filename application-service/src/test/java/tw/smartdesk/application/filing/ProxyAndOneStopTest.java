package tw.smartdesk.application.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.Masking;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TopicReader;

@QuarkusTest
class ProxyAndOneStopTest {

    private static String citizen() {
        return "citizen-" + UUID.randomUUID();
    }

    @Test
    void oneStopWithThreeServicesFilesThreeLinkedApplicationsAndThreeEvents() {
        String quick = Catalogue.service().processingDays(1).compartment("S").create();
        String slow = Catalogue.service().processingDays(10).compartment("L").create();
        String medium = Catalogue.service().processingDays(5).compartment("M").create();

        JsonPath answer = Submission.of("ONLINE", Resident.random()).service(quick).service(slow).service(medium)
                .postAs(citizen(), Roles.CITIZEN)
                .statusCode(201).body("applications", hasSize(3),
                        "applications.serviceCode", equalTo(List.of(quick, slow, medium)))
                .extract().jsonPath();
        String submissionId = answer.getString("submissionId");
        List<String> ids = answer.getList("applications.id");

        assertThat(answer.getList("applications.submissionId")).containsOnly(submissionId);
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(Db.count("select count(*) from application where submission_id = ?::uuid", submissionId)).isEqualTo(3);
        LocalDate quickDue = LocalDate.parse(answer.getString("applications[0].dueDate"));
        LocalDate slowDue = LocalDate.parse(answer.getString("applications[1].dueDate"));
        LocalDate mediumDue = LocalDate.parse(answer.getString("applications[2].dueDate"));
        assertThat(quickDue).isBefore(mediumDue);
        assertThat(mediumDue).isBefore(slowDue);
        for (int i = 0; i < 3; i++) {
            assertThat(Db.value("select compartment_size || ' ' || service_version from application where id = ?::uuid", ids.get(i)))
                    .isEqualTo(List.of("S", "L", "M").get(i) + " 3");
            assertThat(Db.count("select count(*) from application_history where application_id = ?::uuid", ids.get(i))).isEqualTo(1);
        }

        try (TopicReader reader = new TopicReader("application-events")) {
            List<ConsumerRecord<String, String>> events = reader.await(r -> ids.contains(r.key()), 3, Duration.ofSeconds(20));
            assertThat(events).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(events).allSatisfy(event -> assertThat(event.value()).contains("\"submissionId\":\"" + submissionId + "\""));
        }
    }

    @Test
    void aOneStopVisitForSeededHouseholdRegistrationServicesFilesEachUnderItsCurrentVersion() {
        JsonPath answer = Submission.of("ONLINE", Resident.random())
                .service("HR-001", Map.of("scope", "FULL"))
                .service("HR-005", Map.of("address", "臺東市博愛路336號"))
                .service("HR-007", Map.of())
                .postAs(citizen(), Roles.CITIZEN)
                .statusCode(201).body("applications.serviceCode", equalTo(List.of("HR-001", "HR-005", "HR-007")))
                .extract().jsonPath();
        for (String id : answer.<String>getList("applications.id")) {
            assertThat(Db.value("select a.service_version = d.version from application a join service_definition d"
                    + " on d.code = a.service_code and d.current where a.id = ?::uuid", id)).isEqualTo("t");
        }
    }

    @Test
    void theSameServiceTwiceInOneSubmissionIsRefused() {
        String code = Catalogue.service().create();
        Submission.of("ONLINE", Resident.random()).service(code).service(code).postAs(citizen(), Roles.CITIZEN)
                .statusCode(400).body("violations.field", equalTo(List.of("services[1].serviceCode")),
                        "violations[0].message", containsString("services[0]"));
    }

    @Test
    void aProxyFilesWhereTheServiceAllowsItAndOnlyTheMaskedIdAndTheEncryptedNameAreKept() {
        String code = Catalogue.service().create();
        Resident proxy = Resident.random();
        JsonPath answer = Submission.of("COUNTER", Resident.random()).service(code)
                .proxy(proxy.name(), "配偶", proxy.nationalId(), "LETTER-2026-000123")
                .postAs("clerk-" + UUID.randomUUID(), Roles.CLERK)
                .statusCode(201)
                .body("proxy.maskedName", equalTo(Masking.name(proxy.name())),
                        "proxy.relationship", equalTo("配偶"),
                        "proxy.maskedNationalId", equalTo(Masking.nationalId(proxy.nationalId())),
                        "proxy.authorisationLetterRef", equalTo("LETTER-2026-000123"))
                .extract().jsonPath();
        String id = answer.getString("applications[0].id");

        assertThat(Db.value("select proxy_id_masked || ' ' || proxy_relationship || ' ' || proxy_letter_ref"
                + " from application where id = ?::uuid", id))
                .isEqualTo(Masking.nationalId(proxy.nationalId()) + " 配偶 LETTER-2026-000123");
        assertThat(Db.value("select proxy_name_enc is not null from application where id = ?::uuid", id)).isEqualTo("t");
        assertThat(Db.columnsContaining(List.of(), proxy.nationalId(), proxy.name())).isEmpty();
        assertThat(Db.value("select detail from application_history where application_id = ?::uuid", id))
                .contains("proxy", "配偶");
    }

    @Test
    void aProxyIsRefusedForAServiceThatMustBeAppliedForInPerson() {
        String allowed = Catalogue.service().create();
        String inPerson = Catalogue.service().inPersonOnly().create();
        Resident proxy = Resident.random();
        Submission.of("COUNTER", Resident.random()).service(allowed).service(inPerson)
                .proxy(proxy.name(), "子女", proxy.nationalId(), "LETTER-7")
                .postAs("clerk-" + UUID.randomUUID(), Roles.CLERK)
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:proxy-not-allowed"), "detail", containsString(inPerson));
        assertThat(Db.count("select count(*) from application where service_code in (?, ?)", allowed, inPerson)).isZero();
    }

    @Test
    void smartDeskPickupOfACounterOnlyServiceBecomesCounterPickupForThatApplicationOnly() {
        String locker = Catalogue.service().create();
        String counterOnly = Catalogue.service().counterPickupOnly().create();
        JsonPath answer = Submission.of("ONLINE", Resident.random()).service(locker).service(counterOnly)
                .pickup("SMART_DESK", "TTCSC-MAIN")
                .postAs(citizen(), Roles.CITIZEN)
                .statusCode(201)
                .body("applications.pickupMethod", equalTo(List.of("SMART_DESK", "COUNTER")),
                        "applications.siteId", equalTo(List.of("TTCSC-MAIN", "TTCSC-MAIN")))
                .extract().jsonPath();
        assertThat(Db.value("select detail from application_history where application_id = ?::uuid",
                answer.getString("applications[1].id"))).contains("pickup COUNTER");
    }

    @Test
    void formValuesAreStoredEncrypted() {
        String code = Catalogue.service().create();
        String id = Submission.of("ONLINE", Resident.random()).service(code, Map.of("section", "寶桑段", "copies", "2"))
                .postAs(citizen(), Roles.CITIZEN).statusCode(201).extract().path("applications[0].id");
        assertThat(Db.value("select fields_enc is not null from application_form where application_id = ?::uuid", id)).isEqualTo("t");
        assertThat(Db.columnsContaining(List.of("application_form"), "寶桑段")).isEmpty();
    }
}
