package tw.smartdesk.reservation.persons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.reservation.api.CurrentUser;
import tw.smartdesk.reservation.config.ReservationRules;

/**
 * Who a request is for, as the {@code applicantRef} every booking rule counts by (ADR 0011). A citizen's account is
 * resolved by application-service from their verified login and kept in {@code account_person} for
 * {@link ReservationRules#personLinkTtl()}; a caller at the phone desk or counter is resolved from the ID number and
 * birth date the operator or clerk enters, each time, and nothing of those is kept. application-service's refusals
 * come back as this service's problems (403 unverified login, 404 no such person, 400 bad ID number); when it
 * cannot be reached the answer is 503 with Retry-After.
 */
@ApplicationScoped
public class PersonDirectory {

    private static final String KNOWN = """
            select applicant_ref from account_person where account_subject = $1 and verified_login = $2 and resolved_at > $3
            """;
    private static final String REMEMBER = """
            insert into account_person (account_subject, verified_login, applicant_ref, resolved_at) values ($1, $2, $3, $4)
            on conflict (account_subject) do update
                set verified_login = excluded.verified_login, applicant_ref = excluded.applicant_ref, resolved_at = excluded.resolved_at
            """;

    private final PersonsApi persons;
    private final Pool pool;
    private final ReservationRules rules;
    private final ObjectMapper json;

    PersonDirectory(@RestClient PersonsApi persons, Pool pool, ReservationRules rules, ObjectMapper json) {
        this.persons = persons;
        this.pool = pool;
        this.rules = rules;
        this.json = json;
    }

    /**
     * The person behind a citizen's login: from {@code account_person} when this account resolved with the same
     * verified login within the TTL, else from application-service. A login without the verified claim is never
     * answered from the table: application-service refuses it (403 identity-not-verified), however the account
     * logged in before.
     */
    public Uni<String> citizen(CurrentUser user) {
        Optional<String> login = user.verifiedLogin();
        if (login.isEmpty()) {
            return resolve(user.rawToken(), new PersonsApi.ResolveRequest(null, null));
        }
        Instant freshAfter = Instant.now().minus(rules.personLinkTtl());
        return pool.preparedQuery(KNOWN).execute(Tuple.of(user.subject(), login.get(), freshAfter.atOffset(ZoneOffset.UTC)))
                .chain(rows -> rows.size() > 0 ? Uni.createFrom().item(rows.iterator().next().getString(0))
                        : resolve(user.rawToken(), new PersonsApi.ResolveRequest(null, null))
                                .call(ref -> pool.preparedQuery(REMEMBER).execute(Tuple.of(user.subject(), login.get(), ref,
                                        Instant.now().atOffset(ZoneOffset.UTC)))));
    }

    /** A caller of the phone desk or at the counter, by the ID number and birth date staff entered. */
    public Uni<String> caller(String nationalId, LocalDate birthDate, String rawToken) {
        return resolve(rawToken, new PersonsApi.ResolveRequest(nationalId, birthDate));
    }

    private Uni<String> resolve(String rawToken, PersonsApi.ResolveRequest request) {
        return persons.resolve("Bearer " + rawToken, request)
                .map(PersonsApi.Resolution::applicantRef)
                .onFailure(WebApplicationException.class).transform(this::asProblem)
                .onFailure(failure -> !(failure instanceof ProblemException)).transform(failure -> {
                    Log.warnf("application-service could not resolve a person: %s", failure.toString());
                    return ProblemException.serviceBusy("The resident register (application-service) cannot be reached;"
                            + " try again shortly", Duration.ofSeconds(5));
                });
    }

    /** application-service's problem, passed on with its type, title, detail and violations. */
    private Throwable asProblem(Throwable failure) {
        var response = ((WebApplicationException) failure).getResponse();
        int status = response.getStatus();
        if (status >= 500 || status == 401) {
            return failure; // its outage, or a token it refused that this service accepted: not the caller's fault
        }
        JsonNode body = readBody(response);
        if (status == 429) {
            String retryAfter = response.getHeaderString("Retry-After");
            return ProblemException.tooManyRequests(body.path("title").asText("Too many requests"),
                    body.path("detail").asText("application-service is limiting this user's requests"),
                    Duration.ofSeconds(retryAfter == null ? 60 : Long.parseLong(retryAfter.strip())));
        }
        String type = body.path("type").asText(Problem.TYPE_PREFIX + "person");
        String title = body.path("title").asText("Person not resolved");
        String detail = body.path("detail").asText("application-service answered " + status);
        List<Problem.Violation> violations = new ArrayList<>();
        body.path("violations").forEach(v -> violations.add(new Problem.Violation(v.path("field").asText(),
                v.path("message").asText())));
        return ProblemException.of(status, type.substring(type.startsWith(Problem.TYPE_PREFIX) ? Problem.TYPE_PREFIX.length() : 0),
                title, detail, violations.isEmpty() ? null : violations);
    }

    private JsonNode readBody(Response response) {
        try {
            return json.readTree(response.readEntity(String.class));
        } catch (Exception unreadable) {
            return json.createObjectNode();
        }
    }
}
