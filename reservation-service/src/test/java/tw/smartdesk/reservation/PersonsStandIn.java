package tw.smartdesk.reservation;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for application-service's {@code POST /internal/persons/resolve} (ADR 0011) on a real HTTP port, as
 * its contract says it answers: a citizen token with the verified claim {@code tw_national_id_hash} resolves to
 * the person with that hash, one without it is refused (403 {@code identity-not-verified}); staff resolve a
 * caller's ID number (birth date 1900-01-01 stands for a wrong one: 404). The person's {@code applicantRef} is
 * derived from the ID number's hash, so a resident is the same person online and by phone, as application-service
 * makes them. The real pair is exercised by system-tests. Tests make citizens with {@link #verifiedCitizen}.
 */
public class PersonsStandIn implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    /** A citizen token verified as the person with {@code nationalId}. */
    public static String verifiedCitizen(String subject, String nationalId) {
        return "Bearer " + tw.smartdesk.testsupport.TestTokens.withClaims(subject, tw.smartdesk.security.Roles.CITIZEN,
                Map.of("tw_national_id_hash", hash(nationalId)));
    }

    /** The applicantRef the stand-in gives the person with {@code nationalId}. */
    public static String refOf(String nationalId) {
        return "APL-" + hash(nationalId).substring(0, 24);
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String authorization = request.getHeader("Authorization");
            JsonObject claims = claims(authorization);
            JsonObject asked = body.length() == 0 ? new JsonObject() : body.toJsonObject();
            var response = request.response();
            if (!"/internal/persons/resolve".equals(request.path()) || claims == null) {
                response.setStatusCode(401).end();
                return;
            }
            String role = claims.getJsonArray("groups").getString(0);
            if ("citizen".equals(role)) {
                String hash = claims.getString("tw_national_id_hash");
                if (hash == null) {
                    problem(response, 403, "identity-not-verified", "Log in with a citizen digital certificate or mobile ID, or call the phone desk");
                    return;
                }
                answer(response, "APL-" + hash.substring(0, 24));
            } else if ("1900-01-01".equals(asked.getString("birthDate"))) {
                problem(response, 404, "not-found", "No person with that ID number and birth date");
            } else {
                answer(response, refOf(asked.getString("nationalId")));
            }
        })).listen(0).toCompletionStage().toCompletableFuture().join();
        return Map.of("quarkus.rest-client.persons.url", "http://127.0.0.1:" + server.actualPort());
    }

    private static void answer(io.vertx.core.http.HttpServerResponse response, String ref) {
        response.putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("applicantRef", ref).put("registered", false).encode());
    }

    private static void problem(io.vertx.core.http.HttpServerResponse response, int status, String type, String detail) {
        response.setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("type", "urn:smartdesk:problem:" + type).put("title", "Refused")
                        .put("status", status).put("detail", detail).encode());
    }

    /** The token's claims, unverified (the service under test verified it already). */
    private static JsonObject claims(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    static String hash(String nationalId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(nationalId.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }
}
