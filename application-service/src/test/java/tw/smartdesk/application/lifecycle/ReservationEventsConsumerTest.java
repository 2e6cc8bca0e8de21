package tw.smartdesk.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.events.ActorRole;
import tw.smartdesk.events.CancellationReason;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.events.reservation.PreparationRequested;
import tw.smartdesk.events.reservation.ReservationCancelled;
import tw.smartdesk.testsupport.TopicReader;

/** reservation-events in: an agent-service reservation has its documents prepared as AGENT applications. */
@QuarkusTest
class ReservationEventsConsumerTest {

    private static final String ROWS = """
            select service_code || ' ' || channel || ' ' || status || ' ' || coalesce(owner_subject, '-') || ' '
                || coalesce(site_id, '-') || ' ' || pickup_method || ' v' || service_version
            from application where reservation_id = ? order by service_code
            """;

    /** An applicant whose account is linked by a verified identity claim. */
    private static String applicantWithAccount(String subject) {
        String ref = "APL-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        Database.update("""
                insert into applicant (applicant_ref, township, age_band, residency, created_at)
                values (?, 'CHISHANG', '60-69', 'IN_COUNTY', now())
                """, ref);
        Database.update("insert into applicant_account_link (applicant_ref, account_subject, linked_at) values (?, ?, now())",
                ref, subject);
        return ref;
    }

    private static PreparationRequested preparation(String applicantRef, List<String> codes, List<UUID> filed) {
        Instant slot = Instant.now().plus(3, ChronoUnit.DAYS);
        return new PreparationRequested(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), applicantRef, "TTCSC-MAIN",
                codes, filed, slot, slot.minus(1, ChronoUnit.HOURS));
    }

    private static void awaitApplications(UUID reservationId, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                Database.count("select count(*) from application where reservation_id = ?", reservationId) == count);
    }

    @Test
    void aPreparationRequestFilesOneAgentApplicationPerServiceForTheKnownResident() {
        String resident = "citizen-" + UUID.randomUUID();
        String ref = applicantWithAccount(resident);
        String first = StoredServices.service().processingDays(2).insert();
        String second = StoredServices.service().insert();
        PreparationRequested request = preparation(ref, List.of(first, second), List.of());

        KafkaEvents.publish(request);

        awaitApplications(request.reservationId(), 2);
        assertThat(Database.column(ROWS, request.reservationId())).containsExactlyInAnyOrder(
                first + " AGENT SUBMITTED - TTCSC-MAIN COUNTER v1",
                second + " AGENT SUBMITTED - TTCSC-MAIN COUNTER v1");
        assertThat(Database.column("select distinct submission_id from application where reservation_id = ?",
                request.reservationId())).hasSize(1);
        String due = Database.value("select due_date from application where reservation_id = ? and service_code = ?",
                request.reservationId(), first);
        assertThat(LocalDate.parse(due)).isAfter(LocalDate.now());

        UUID id = UUID.fromString(Database.value("select id from application where reservation_id = ? and service_code = ?",
                request.reservationId(), first));
        ConsumerRecord<String, String> event = KafkaEvents.published(id, 1).get(0);
        KafkaEvents.assertCloudEvent(event, id, ApplicationSubmittedV2.class, resident);
        JsonPath submitted = JsonPath.from(event.value());
        assertThat(submitted.getString("channel")).isEqualTo("AGENT");
        assertThat(submitted.getString("applicantRef")).isEqualTo(ref);
        assertThat(submitted.getString("township")).isEqualTo("CHISHANG");
        assertThat(submitted.getInt("serviceVersion")).isEqualTo(1);
        assertThat(Database.column(
                "select action || ' by ' || actor_role || ' via ' || channel from application_history where application_id = ?", id))
                .containsExactly("SUBMIT by system via AGENT");
        io.restassured.RestAssured.given().header("Authorization", tw.smartdesk.testsupport.TestTokens.bearer(resident, "citizen"))
                .when().get("/applications/" + id).then().statusCode(200);
        io.restassured.RestAssured.given().header("Authorization",
                tw.smartdesk.testsupport.TestTokens.bearer("citizen-" + UUID.randomUUID(), "citizen"))
                .when().get("/applications/" + id).then().statusCode(404);
    }

    /** The same reservation asks again, with a new event id. */
    private static PreparationRequested again(PreparationRequested request, List<String> codes) {
        return new PreparationRequested(UUID.randomUUID(), Instant.now(), request.reservationId(), request.applicantRef(),
                request.siteId(), codes, request.applicationIds(), request.slotStart(), request.prepareBy());
    }

    private static void awaitFiled(UUID reservationId, String code) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Database.count(
                "select count(*) from application where reservation_id = ? and service_code = ?", reservationId, code) == 1);
    }

    /**
     * What the first delivery filed is detached from the reservation, so that only the
     * {@code processed_event} record can stop the second delivery filing it again. The marker is a request
     * of the same reservation (same key, so the same partition, consumed after the duplicate).
     */
    @Test
    void theSameEventTwiceFilesNothingMoreAndServicesAlreadyFiledAreSkipped() {
        String code = StoredServices.service().insert();
        String alreadyFiled = StoredServices.service().insert();
        UUID filed = StoredApplications.application().service(alreadyFiled).status(ApplicationStatus.ACCEPTED).insert();
        PreparationRequested request = preparation("APL-" + "0".repeat(24), List.of(code, alreadyFiled), List.of(filed));

        KafkaEvents.publish(request);
        awaitFiled(request.reservationId(), code);
        Database.update("update application set reservation_id = null where reservation_id = ?", request.reservationId());
        KafkaEvents.publish(request);
        String marker = StoredServices.service().insert();
        KafkaEvents.publish(again(request, List.of(marker)));
        awaitFiled(request.reservationId(), marker);

        assertThat(Database.column(ROWS, request.reservationId())).containsExactly(marker + " AGENT SUBMITTED - TTCSC-MAIN COUNTER v1");
        assertThat(Database.count("select count(*) from application where service_code = ?", code)).isEqualTo(1);
        assertThat(Database.count("select count(*) from application where service_code = ?", alreadyFiled)).isEqualTo(1);
    }

    @Test
    void aNewRequestForTheSameReservationFilesOnlyWhatIsNotPreparedYetInTheSameSubmission() {
        String first = StoredServices.service().insert();
        String second = StoredServices.service().insert();
        String third = StoredServices.service().insert();
        PreparationRequested request = preparation("APL-" + "4".repeat(24), List.of(first), List.of());

        KafkaEvents.publish(request);
        awaitFiled(request.reservationId(), first);
        KafkaEvents.publish(again(request, List.of(first, second)));
        KafkaEvents.publish(again(request, List.of(second, first)));
        KafkaEvents.publish(again(request, List.of(third)));
        awaitFiled(request.reservationId(), third);

        assertThat(Database.column(ROWS, request.reservationId())).containsExactlyInAnyOrder(
                first + " AGENT SUBMITTED - TTCSC-MAIN COUNTER v1", second + " AGENT SUBMITTED - TTCSC-MAIN COUNTER v1",
                third + " AGENT SUBMITTED - TTCSC-MAIN COUNTER v1");
        assertThat(Database.column("select distinct submission_id from application where reservation_id = ?",
                request.reservationId())).hasSize(1);
    }

    @Test
    void anUnknownOrRetiredServiceIsSkippedAndTheOthersArePrepared() {
        String known = StoredServices.service().insert();
        String retired = StoredServices.service().retired().insert();
        PreparationRequested request = preparation("APL-" + "2".repeat(24), List.of("ZZZZ-999", retired, known), List.of());

        KafkaEvents.publish(request);

        awaitApplications(request.reservationId(), 1);
        assertThat(Database.column("select service_code from application where reservation_id = ?", request.reservationId()))
                .containsExactly(known);
    }

    @Test
    void otherReservationEventsAreIgnoredAndPoisonGoesToTheDeadLetterTopic() {
        UUID reservation = UUID.randomUUID();
        try (TopicReader deadLetters = new TopicReader("reservation-events.dlq")) {
            KafkaEvents.publish(new ReservationCancelled(UUID.randomUUID(), Instant.now(), reservation, "TTCSC-MAIN",
                    Instant.now(), CancellationReason.APPLICANT_REQUEST, ActorRole.CITIZEN));
            KafkaEvents.publishRaw("reservation-events", reservation.toString(), "[]",
                    EventCatalog.of(PreparationRequested.class).ceType());
            String code = StoredServices.service().insert();
            PreparationRequested next = new PreparationRequested(UUID.randomUUID(), Instant.now(), reservation,
                    "APL-" + "3".repeat(24), "TTCSC-MAIN", List.of(code), List.of(), Instant.now(), Instant.now());
            KafkaEvents.publish(next);

            awaitApplications(reservation, 1);
            assertThat(deadLetters.await(r -> reservation.toString().equals(r.key()), 1, Duration.ofSeconds(20)))
                    .extracting(ConsumerRecord::value).containsExactly("[]");
        }
    }
}
