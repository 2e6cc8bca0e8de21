package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.smartdesk.testsupport.TestTokens;

/** Test-data builder for a POST /applications body, and the call itself. */
final class Submission {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> services = new ArrayList<>();

    private Submission(String channel, Map<String, Object> applicant) {
        body.put("channel", channel);
        body.put("applicant", applicant);
        body.put("services", services);
    }

    static Submission of(String channel, Resident resident) {
        return new Submission(channel, resident.json());
    }

    /** A service of the {@link Catalogue} kind, with its required field filled in. */
    Submission service(String code) {
        return service(code, Map.of("section", "寶桑段"));
    }

    Submission service(String code, Map<String, String> fields) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("serviceCode", code);
        service.put("fields", fields);
        services.add(service);
        return this;
    }

    Submission proxy(String name, String relationship, String nationalId, String letterRef) {
        body.put("proxy", Map.of("name", name, "relationship", relationship, "nationalId", nationalId,
                "authorisationLetterRef", letterRef));
        return this;
    }

    Submission pickup(String method, String siteId) {
        Map<String, Object> pickup = new LinkedHashMap<>();
        pickup.put("method", method);
        pickup.put("siteId", siteId);
        body.put("pickup", pickup);
        return this;
    }

    /** Sets (or, with null, removes) one value of the applicant object. */
    @SuppressWarnings("unchecked")
    Submission applicant(String key, Object value) {
        Map<String, Object> applicant = (Map<String, Object>) body.get("applicant");
        if (value == null) {
            applicant.remove(key);
        } else {
            applicant.put(key, value);
        }
        return this;
    }

    String json() {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts the body as {@code subject} in {@code role}, with an Idempotency-Key if one is given. */
    ValidatableResponse postAs(String subject, String role) {
        return postAs(subject, role, null);
    }

    /**
     * Posts the body as the citizen account {@code subject} logged in with a verified identity: the token
     * carries the verified claim of the applicant's own ID number (the person files for themself).
     */
    ValidatableResponse postVerified(String subject) {
        return postVerified(subject, null);
    }

    @SuppressWarnings("unchecked")
    ValidatableResponse postVerified(String subject, String idempotencyKey) {
        String nationalId = (String) ((Map<String, Object>) body.get("applicant")).get("nationalId");
        var request = given().header("Authorization", VerifiedTokens.bearer(subject, nationalId)).contentType(ContentType.JSON);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(json()).when().post("/applications").then();
    }

    ValidatableResponse postAs(String subject, String role, String idempotencyKey) {
        var request = given().header("Authorization", TestTokens.bearer(subject, role)).contentType(ContentType.JSON);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(json()).when().post("/applications").then();
    }
}
