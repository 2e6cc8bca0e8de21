package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;
import tw.smartdesk.testsupport.TopicReader;

/**
 * The account takeover of the issue: account A files online first with resident X's valid ID number;
 * later the real X phones the desk and an operator files for X. A must see only its own filing, act on
 * nothing of X's and steer none of X's messages; X's account, logged in with a verified identity,
 * sees the phone filing. A proxy's verified login never links the principal to the proxy's account.
 */
@QuarkusTest
class AccountTakeoverTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void anAccountThatFiledFirstWithSomeoneElsesIdNumberSeesOnlyItsOwnFilingAndStoresNoContacts() {
        Resident x = Resident.random();
        Resident impostor = Resident.random().impersonating(x);
        String a = "citizen-" + UUID.randomUUID();
        String own = Submission.of("ONLINE", impostor).service(Catalogue.service().create())
                .postAs(a, Roles.CITIZEN).statusCode(201).extract().path("applications[0].id");
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", own);

        String byPhone = Submission.of("PHONE", x).applicant("phone", null).applicant("email", null)
                .applicant("lineId", null).applicant("channelPreferences", List.of("INBOX"))
                .service(Catalogue.service().create())
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201).extract().path("applications[0].id");
        assertThat(Db.value("select applicant_ref from application where id = ?::uuid", byPhone)).isEqualTo(ref);

        citizen(a).get("/applications/mine").then().statusCode(200).body("items.id", equalTo(List.of(own)));
        citizen(a).get("/applications/" + byPhone).then().statusCode(404).contentType("application/problem+json");
        citizen(a).get("/applications/" + byPhone + "/timeline").then().statusCode(404);
        act(a, byPhone, "cancel", "{\"reason\":\"APPLICANT_REQUEST\"}").statusCode(404);
        act(a, byPhone, "supplement", "{\"documentCodes\":[\"ID_CARD_COPY\"]}").statusCode(404);
        act(a, byPhone, "feedback", "{\"score\":1}").statusCode(404);
        assertThat(Db.value("select status from application where id = ?::uuid", byPhone)).isEqualTo("SUBMITTED");

        assertThat(Db.value("select concat_ws('|', phone_enc, email_enc, line_id_enc) from applicant where applicant_ref = ?", ref))
                .isEmpty();
        Submission.of("MOBILE", impostor.withPhone("0911000000")).service(Catalogue.service().create())
                .postAs(a, Roles.CITIZEN).statusCode(201);
        String marker = Submission.of("COUNTER", x).service(Catalogue.service().create())
                .postAs("clerk-" + UUID.randomUUID(), Roles.CLERK).statusCode(201).extract().path("applications[0].id");
        assertThat(marker).isNotNull();
        List<String> contacts = contactRecordsUntil(ref, x.phoneDigits());
        assertThat(contacts).hasSize(2).noneMatch(value -> value.contains(impostor.phoneDigits())
                || value.contains("911000000") || value.contains(impostor.email()) || value.contains(impostor.lineId()));
        citizen(a).get("/applications/mine").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(2));
    }

    @Test
    void theResidentsOwnVerifiedLoginSeesThePhoneFilingAndKeepsSeeingItWithoutTheClaim() {
        Resident x = Resident.random();
        String byPhone = Submission.of("PHONE", x).service(Catalogue.service().create())
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201).extract().path("applications[0].id");
        String account = "citizen-" + UUID.randomUUID();

        verified(account, x).get("/applications/mine").then().statusCode(200).body("items.id", equalTo(List.of(byPhone)));
        verified(account, x).get("/applications/" + byPhone).then().statusCode(200).body("form.section", equalTo("寶桑段"));
        citizen(account).get("/applications/" + byPhone).then().statusCode(200);

        Resident stranger = Resident.random();
        verified("citizen-" + UUID.randomUUID(), stranger).get("/applications/" + byPhone).then().statusCode(404);
    }

    @Test
    void aProxysVerifiedFilingForTheirPrincipalNeverLinksThePrincipalToTheProxy() {
        Resident principal = Resident.random();
        Resident proxy = Resident.random();
        String byPhone = Submission.of("PHONE", principal).service(Catalogue.service().create())
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201).extract().path("applications[0].id");
        String proxyAccount = "citizen-" + UUID.randomUUID();
        String filed = given().header("Authorization", VerifiedTokens.bearer(proxyAccount, proxy.nationalId()))
                .contentType(ContentType.JSON)
                .body(Submission.of("ONLINE", principal).service(Catalogue.service().create())
                        .proxy(proxy.name(), "配偶", proxy.nationalId(), "LETTER-" + UUID.randomUUID()).json())
                .post("/applications").then().statusCode(201).extract().path("applications[0].id");
        String ref = Db.value("select applicant_ref from application where id = ?::uuid", byPhone);

        verified(proxyAccount, proxy).get("/applications/mine").then().statusCode(200).body("items.id", equalTo(List.of(filed)));
        verified(proxyAccount, proxy).get("/applications/" + byPhone).then().statusCode(404);
        assertThat(Db.count("select count(*) from applicant_account_link where applicant_ref = ?", ref)).isZero();
    }

    private static io.restassured.specification.RequestSpecification citizen(String subject) {
        return given().header("Authorization", TestTokens.bearer(subject, Roles.CITIZEN)).when();
    }

    private static io.restassured.specification.RequestSpecification verified(String subject, Resident resident) {
        return given().header("Authorization", VerifiedTokens.bearer(subject, resident.nationalId())).when();
    }

    private static ValidatableResponse act(String subject, String id, String step, String body) {
        return given().header("Authorization", TestTokens.bearer(subject, Roles.CITIZEN)).contentType(ContentType.JSON)
                .body(body).when().post("/applications/" + id + "/" + step).then();
    }

    /** The contact records of {@code ref} once the one containing {@code last} arrived (per-key order). */
    private static List<String> contactRecordsUntil(String ref, String last) {
        try (TopicReader contacts = new TopicReader("applicant-contacts")) {
            contacts.await(r -> ref.equals(r.key()) && r.value() != null && r.value().contains(last), 1, WAIT);
            return contacts.seen().stream().filter(r -> ref.equals(r.key())).map(ConsumerRecord::value).toList();
        }
    }
}
