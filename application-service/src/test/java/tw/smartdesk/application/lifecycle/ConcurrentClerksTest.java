package tw.smartdesk.application.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static tw.smartdesk.application.lifecycle.StoredApplications.application;
import static tw.smartdesk.application.lifecycle.StoredApplications.outboxTypes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tw.smartdesk.events.EventCatalog;
import tw.smartdesk.events.application.ApplicationAccepted;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.SmartDeskTestResource;
import tw.smartdesk.testsupport.TestDatabases;
import tw.smartdesk.testsupport.TestTokens;

/** Two clerks acting on one application at once: exactly one wins, and only its event is published. */
@QuarkusTest
class ConcurrentClerksTest {

    private static final String ACCEPTED = EventCatalog.of(ApplicationAccepted.class).ceType();

    @Test
    void twoConcurrentAcceptsHaveExactlyOneWinner() throws Exception {
        UUID id = application().insert();

        List<Response> answers = acceptTwiceAtOnce(id);

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(outboxTypes(id)).containsExactly(ACCEPTED);
        assertThat(Database.count("select count(*) from application_history where application_id = ? and action = 'ACCEPT'", id))
                .isEqualTo(1);
    }

    /**
     * Forces the lost update: a row lock held by the test lets both requests read version 0 and block
     * on their update; once released, the second update finds the version changed (409 concurrent-change).
     */
    @Test
    void whenBothReadBeforeEitherWritesTheVersionCheckStopsTheSecond() throws Exception {
        UUID id = application().insert();
        try (Connection lock = TestDatabases.connect(SmartDeskTestResource.currentDatabase())) {
            lock.setAutoCommit(false);
            Database.prepare(lock, "select id from application where id = ? for update", id).executeQuery().close();

            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Response> first = pool.submit(() -> accept(id));
                Future<Response> second = pool.submit(() -> accept(id));
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnLocks() == 2);
                lock.commit();
                List<Response> answers = List.of(first.get(), second.get());

                assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
                assertThat(answers).filteredOn(answer -> answer.statusCode() == 409)
                        .extracting(answer -> JsonPath.from(answer.asString()).getString("type"))
                        .containsExactly("urn:smartdesk:problem:concurrent-change");
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(outboxTypes(id)).containsExactly(ACCEPTED);
        assertThat(Database.value("select version from application where id = ?", id)).isEqualTo("1");
    }

    private static List<Response> acceptTwiceAtOnce(UUID id) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<Response> first = pool.submit(() -> {
                start.await();
                return accept(id);
            });
            Future<Response> second = pool.submit(() -> {
                start.await();
                return accept(id);
            });
            start.countDown();
            return List.of(first.get(), second.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response accept(UUID id) {
        return given().header("Authorization", TestTokens.bearer("clerk-" + UUID.randomUUID(), Roles.CLERK))
                .when().post("/applications/" + id + "/accept");
    }

    /** Sessions of the service blocked on a lock (read from a fresh connection: activity is snapshotted per transaction). */
    private static long waitingOnLocks() {
        return Database.count("""
                select count(*) from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock'
                """);
    }
}
