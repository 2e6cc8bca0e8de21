package tw.smartdesk.application.lifecycle;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestIdentities;
import tw.smartdesk.testsupport.TestTokens;

/**
 * Test-data builder for applications filed through {@code POST /applications}, for lifecycle tests
 * that need what only filing writes: the encrypted applicant, the form values, a proxy.
 */
final class Filings {

    private static final ObjectMapper JSON = new ObjectMapper();

    final String nationalId = TestIdentities.nationalId();
    /** 林?玲 with a random middle character: masked, 林*玲. */
    final String name = "林" + (char) (0x4E00 + ThreadLocalRandom.current().nextInt(0x5000)) + "玲";
    private String channel = "ONLINE";
    private String subject = "citizen-" + UUID.randomUUID();
    private String role = Roles.CITIZEN;
    private Map<String, String> proxy;
    private Map<String, String> fields = Map.of("scope", "FULL", "copies", "2");

    static Filings filing() {
        return new Filings();
    }

    /** Filed by the resident online with their own account (the default). */
    String owner() {
        return subject;
    }

    /** Filed at the counter by a clerk, through a proxy. */
    Filings atTheCounterByProxy(String proxyName, String proxyNationalId) {
        channel = "COUNTER";
        subject = "clerk-" + UUID.randomUUID();
        role = Roles.CLERK;
        proxy = Map.of("name", proxyName, "relationship", "配偶", "nationalId", proxyNationalId,
                "authorisationLetterRef", "LETTER-" + UUID.randomUUID().toString().substring(0, 8));
        return this;
    }

    Filings fields(Map<String, String> values) {
        fields = values;
        return this;
    }

    /** Files one HR-001 (household transcript) application; returns the 201 answer. */
    JsonPath file() {
        Map<String, Object> applicant = new LinkedHashMap<>(Map.of("nationalId", nationalId, "name", name,
                "birthDate", "1980-02-29", "phone", "0912345678", "locale", "zh-TW", "township", "TAITUNG_CITY",
                "residency", "IN_COUNTY"));
        Map<String, Object> body = new LinkedHashMap<>(Map.of("channel", channel, "applicant", applicant,
                "services", List.of(Map.of("serviceCode", "HR-001", "fields", fields))));
        if (proxy != null) {
            body.put("proxy", proxy);
        }
        try {
            return given().header("Authorization", TestTokens.bearer(subject, role))
                    .contentType(ContentType.JSON).body(JSON.writeValueAsString(body))
                    .when().post("/applications").then().statusCode(201).extract().jsonPath();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
