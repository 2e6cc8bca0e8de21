package tw.smartdesk.loadtests;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import tw.smartdesk.testsupport.TestIdentities;

/**
 * The requests the benchmark makes of application-service: ONLINE submissions (a fresh, valid national ID number per
 * request, filed by a citizen of the token pool in turn), the status reads of what the run filed, and the clerk's
 * work queue. Request shapes as in application-service's README.
 */
final class SmartDeskScenarios {

    private final int port;
    private final BenchTokens tokens;
    private final FiledApplications filed;
    private final List<String> townships;
    private final boolean idempotencyKeys;
    private final AtomicLong sequence = new AtomicLong();

    SmartDeskScenarios(int port, BenchTokens tokens, FiledApplications filed, List<String> townships, boolean idempotencyKeys) {
        this.port = port;
        this.tokens = tokens;
        this.filed = filed;
        this.townships = townships;
        this.idempotencyKeys = idempotencyKeys;
    }

    /** {@code POST /applications}, channel ONLINE, for the services in {@code servicesJson}. */
    Scenario submission(String name, String servicesJson) {
        return new Scenario() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HttpCall next() {
                long n = sequence.getAndIncrement();
                int owner = (int) (n % tokens.citizens());
                return HttpCall.post(port, "/applications", tokens.citizenToken(owner), body(n, servicesJson),
                        idempotencyKeys ? UUID.randomUUID().toString() : null, owner);
            }

            @Override
            public void answered(HttpCall call, HttpLoad.Answer answer) {
                JsonArray applications = new JsonObject(answer.body()).getJsonArray("applications", new JsonArray());
                for (Object application : applications) {
                    filed.add(((JsonObject) application).getString("id"), (Integer) call.tag());
                }
            }
        };
    }

    /** The submission body: a new applicant per request, with contacts, as the web form sends it. */
    String body(long n, String servicesJson) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String birthDate = String.format(Locale.ROOT, "%d-%02d-%02d", 1940 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String phone = String.format(Locale.ROOT, "09%08d", random.nextInt(100_000_000));
        return "{\"channel\":\"ONLINE\",\"applicant\":{\"nationalId\":\"" + TestIdentities.nationalId() + "\",\"name\":\"Bench Resident "
                + n + "\",\"birthDate\":\"" + birthDate + "\",\"phone\":\"" + phone + "\",\"email\":\"resident" + n
                + "@example.tw\",\"township\":\"" + townships.get(random.nextInt(townships.size())) + "\"},\"services\":"
                + servicesJson + "}";
    }

    /** {@code GET /applications/mine} of a citizen who filed. */
    Scenario mine() {
        return read("status read GET /applications/mine", () -> HttpCall.get(port, "/applications/mine",
                tokens.citizenToken(filed.anyFiler())));
    }

    /** {@code GET /applications/{id}} of an application the run filed, by its owner. */
    Scenario byId() {
        return read("status read GET /applications/{id}", () -> {
            FiledApplications.Filed application = filed.any();
            return HttpCall.get(port, "/applications/" + application.id(), tokens.citizenToken(application.owner()));
        });
    }

    /** The clerk's work queue, {@code GET /applications} (first page, default order). */
    Scenario workQueue() {
        return read("work queue GET /applications (clerk)", () -> HttpCall.get(port, "/applications", tokens.clerkToken()));
    }

    private static Scenario read(String name, java.util.function.Supplier<HttpCall> calls) {
        return new Scenario() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HttpCall next() {
                return calls.get();
            }
        };
    }
}
