package tw.smartdesk.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

@QuarkusTest
class TemplateResourceTest {

    private static final List<String> SEEDED_KEYS = List.of("application-accepted", "pickup-code", "pickup-reminder");

    private static String admin() {
        return TestTokens.bearer("admin-1", Roles.ADMIN);
    }

    @Test
    void withoutALocaleTheTemplatesComeInTraditionalChinese() {
        given().header("Authorization", admin())
                .when().get("/templates")
                .then().statusCode(200)
                .body("key", contains(SEEDED_KEYS.toArray()),
                        "locale", everyItem(equalTo("zh-TW")),
                        "find { it.key == 'pickup-code' }.subject", equalTo("文件已放入智慧櫃台"),
                        "find { it.key == 'pickup-code' }.body", containsString("取件碼 {pickupCode}"),
                        "find { it.key == 'pickup-code' }.placeholders",
                        contains("siteName", "compartmentLabel", "pickupCode", "expiresAt"));
    }

    @Test
    void englishTemplatesAreOfferedToo() {
        given().header("Authorization", TestTokens.bearer("clerk-1", Roles.CLERK)).queryParam("locale", "en")
                .when().get("/templates")
                .then().statusCode(200)
                .body("key", contains(SEEDED_KEYS.toArray()),
                        "locale", everyItem(equalTo("en")),
                        "find { it.key == 'pickup-reminder' }.placeholders", contains("siteName", "pickupDeadline"),
                        "find { it.key == 'application-accepted' }.subject", equalTo("Your application has been accepted"));
    }

    @Test
    void bothLanguagesOfATemplateNeedTheSamePlaceholders() {
        assertThat(placeholdersByKey("en")).isEqualTo(placeholdersByKey("zh-TW")).hasSize(SEEDED_KEYS.size());
    }

    @Test
    void oneTemplateIsReadByKeyAndLocale() {
        given().header("Authorization", admin()).queryParam("locale", "en")
                .when().get("/templates/pickup-code")
                .then().statusCode(200)
                .body("key", equalTo("pickup-code"), "locale", equalTo("en"),
                        "body", containsString("Pickup code: {pickupCode}"));
    }

    @Test
    void anUnknownTemplateIsA404Problem() {
        given().header("Authorization", admin())
                .when().get("/templates/no-such-template")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:not-found"), "status", equalTo(404),
                        "detail", equalTo("No template no-such-template in zh-TW"),
                        "instance", equalTo("/templates/no-such-template"));
    }

    @Test
    void anUnsupportedLocaleIsA400ProblemNamingTheParameter() {
        given().header("Authorization", admin()).queryParam("locale", "fr")
                .when().get("/templates")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:validation"), "violations.field", contains("locale"));
    }

    @Test
    void onlyAdminsAndClerksReadTemplates() {
        for (String role : List.of(Roles.CITIZEN, Roles.OPERATOR, Roles.KIOSK, Roles.ANALYST)) {
            given().header("Authorization", TestTokens.bearer(role + "-1", role))
                    .when().get("/templates")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:smartdesk:problem:forbidden"), "status", equalTo(403));
        }
    }

    @Test
    void withoutAValidTokenTheAnswerIs401Problem() {
        given().when().get("/templates")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:smartdesk:problem:unauthenticated"), "status", equalTo(401));
        given().header("Authorization", "Bearer " + TestTokens.expired("admin-1", Roles.ADMIN))
                .when().get("/templates/pickup-code")
                .then().statusCode(401).contentType("application/problem+json");
    }

    /** Each template's placeholders as a set: word order, and so placeholder order, differs by language. */
    private static Map<String, Set<String>> placeholdersByKey(String locale) {
        JsonPath templates = given().header("Authorization", admin()).queryParam("locale", locale)
                .when().get("/templates")
                .then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> byKey = templates.getMap("collectEntries { [(it.key): it.placeholders] }");
        return byKey.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
    }
}
